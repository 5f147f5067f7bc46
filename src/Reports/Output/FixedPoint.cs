using System.Globalization;
using System.Numerics;

namespace NeuronOrleans.Reports.Output;

/// <summary>
/// Python's <c>'%.nf' % x</c>: the exact binary value rounded half-to-even at n decimals
/// (<c>'%.1f' % 0.25 == '0.2'</c>, <c>'%.1f' % 4.75 == '4.8'</c>). Exact integer arithmetic
/// rather than .NET's formatter, whose midpoint rule is not documented to match, so the CSV's
/// threshold column equals the original's byte for byte.
/// </summary>
public static class FixedPoint
{
    public static string Format(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";

        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        BigInteger mantissa = exponent == 0 ? fraction : fraction | (1L << 52);
        int shift = (exponent == 0 ? 1 : exponent) - 1075; // value = mantissa · 2^shift

        BigInteger scaled = mantissa * BigInteger.Pow(10, decimals);
        BigInteger units;
        if (shift >= 0) units = scaled << shift;
        else
        {
            units = BigInteger.DivRem(scaled, BigInteger.One << -shift, out var remainder);
            int half = (remainder * 2).CompareTo(BigInteger.One << -shift);
            if (half > 0 || (half == 0 && !units.IsEven)) units += 1;
        }

        string digits = units.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        string text = decimals == 0 ? digits : $"{digits[..^decimals]}.{digits[^decimals..]}";
        return negative ? "-" + text : text;
    }
}
