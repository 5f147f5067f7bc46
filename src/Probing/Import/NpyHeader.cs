using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NeuronOrleans.Probing.Import;

/// <summary>
/// The header of a numpy <c>.npy</c> file (format versions 1–3): element type, C/Fortran order,
/// shape, and where the data starts.
/// </summary>
public sealed partial record NpyHeader(string Descr, bool FortranOrder, long[] Shape, long DataOffset)
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    public long ElementCount => Shape.Aggregate(1L, (a, b) => a * b);

    public int ElementSize => Descr switch
    {
        "<f4" or "<i4" => 4,
        "<f8" or "<i8" => 8,
        "|b1" or "|u1" => 1,
        _ => throw new InvalidDataException($"Unsupported numpy element type '{Descr}'."),
    };

    public static NpyHeader Read(Stream stream, string path)
    {
        var prefix = new byte[10];
        if (stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false) < prefix.Length || !prefix.AsSpan(0, 6).SequenceEqual(Magic))
            throw new InvalidDataException($"{path}: not a numpy .npy file (bad magic).");
        int major = prefix[6];
        int headerLength;
        int prefixLength;
        if (major == 1)
        {
            headerLength = prefix[8] | prefix[9] << 8;
            prefixLength = 10;
        }
        else
        {
            var extra = new byte[2];
            stream.ReadExactly(extra);
            headerLength = prefix[8] | prefix[9] << 8 | extra[0] << 16 | extra[1] << 24;
            prefixLength = 12;
        }
        var header = new byte[headerLength];
        if (stream.ReadAtLeast(header, headerLength, throwOnEndOfStream: false) < headerLength)
            throw new InvalidDataException($"{path}: numpy header is truncated.");
        var text = (major >= 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(header);
        var descr = DescrPattern().Match(text);
        var order = OrderPattern().Match(text);
        var shape = ShapePattern().Match(text);
        if (!descr.Success || !order.Success || !shape.Success)
            throw new InvalidDataException($"{path}: cannot read numpy header '{text.Trim()}'.");
        var dims = shape.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => long.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        return new NpyHeader(descr.Groups[1].Value, order.Groups[1].Value == "True", dims, prefixLength + headerLength);
    }

    public static NpyHeader Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    [GeneratedRegex(@"'descr'\s*:\s*'([^']+)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'fortran_order'\s*:\s*(True|False)")]
    private static partial Regex OrderPattern();

    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
