using System.Globalization;

namespace NeuronOrleans.Reports.Output;

/// <summary>
/// Python's <c>repr(float)</c>: the shortest digits that read back as the same double (what .NET's
/// "R" gives too), written in Python's notation: fixed for decimal exponents −4..15 with at least
/// one digit after the point ("0.0"), scientific otherwise with a signed two-digit exponent ("1e-05").
/// </summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(value) ? "-" : "";
        var (digits, exponent) = Shortest(Math.Abs(value));
        if (exponent < -4 || exponent >= 16)
        {
            string mantissa = digits.Length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
            return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):D2}";
        }
        if (exponent < 0) return $"{sign}0.{new string('0', -exponent - 1)}{digits}";
        string whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
        string fraction = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
        return $"{sign}{whole}.{fraction}";
    }

    /// <summary>The shortest round-trip significant digits (no trailing zeros) and the decimal exponent of the first.</summary>
    private static (string Digits, int Exponent) Shortest(double magnitude)
    {
        if (magnitude == 0) return ("0", 0);
        string text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }
        int point = text.IndexOf('.');
        string integer = point >= 0 ? text[..point] : text, fraction = point >= 0 ? text[(point + 1)..] : "";
        string all = integer + fraction;
        int leadingZeros = all.Length - all.TrimStart('0').Length;
        exponent += integer.Length - 1 - leadingZeros;
        return (all.Trim('0'), exponent);
    }
}
