using System.Runtime.InteropServices;
using System.Text;

namespace NeuronOrleans.Probing.Import;

/// <summary>Writes C-ordered little-endian numpy arrays (format 1.0), as numpy.save does.</summary>
public static class NpyWriter
{
    public static void Write(string path, ReadOnlySpan<float> values, params int[] shape) =>
        Write(path, "<f4", MemoryMarshal.AsBytes(values), shape);

    public static void Write(string path, ReadOnlySpan<double> values, params int[] shape) =>
        Write(path, "<f8", MemoryMarshal.AsBytes(values), shape);

    /// <summary>The header of a float32 array, for data streamed after it.</summary>
    public static void WriteFloatHeader(Stream destination, params int[] shape) => WriteHeader(destination, "<f4", shape);

    private static void Write(string path, string descr, ReadOnlySpan<byte> data, int[] shape)
    {
        using var file = File.Create(path);
        WriteHeader(file, descr, shape);
        file.Write(data);
    }

    private static void WriteHeader(Stream destination, string descr, int[] shape)
    {
        var dims = shape.Length == 1 ? $"{shape[0]}," : string.Join(", ", shape);
        var header = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': ({dims}), }}";
        int total = 10 + header.Length + 1;
        header = header.PadRight(header.Length + (64 - total % 64) % 64) + "\n";
        destination.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0]);
        destination.Write(BitConverter.GetBytes((ushort)header.Length));
        destination.Write(Encoding.ASCII.GetBytes(header));
    }
}
