using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace NeuronOrleans.Probing.Tests.Support;

/// <summary>Reads the little-endian float32/float64 C-order .npy files the fixture script writes.</summary>
internal static partial class Npy
{
    public static (long[] Shape, double[] Values) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
        var header = Encoding.ASCII.GetString(bytes, 10, headerLength);
        var descr = Descr().Match(header).Groups[1].Value;
        Assert.Contains("'fortran_order': False", header);
        var shape = Shape().Match(header).Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(long.Parse).ToArray();
        var data = bytes.AsSpan(10 + headerLength);
        var values = descr switch
        {
            "<f4" => Enumerable.Range(0, data.Length / 4).Select(i => (double)BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(10 + headerLength + 4 * i))).ToArray(),
            "<f8" => Enumerable.Range(0, data.Length / 8).Select(i => BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(10 + headerLength + 8 * i))).ToArray(),
            _ => throw new NotSupportedException($"{path}: dtype {descr}"),
        };
        return (shape, values);
    }

    public static float[] ReadFloats(string path) => Read(path).Values.Select(v => (float)v).ToArray();

    [GeneratedRegex(@"'descr':\s*'([^']+)'")]
    private static partial Regex Descr();

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex Shape();
}
