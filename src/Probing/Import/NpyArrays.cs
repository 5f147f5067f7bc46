using System.Buffers.Binary;

namespace NeuronOrleans.Probing.Import;

/// <summary>Small whole-array reads of <c>.npy</c> files (thresholds, shapes).</summary>
public static class NpyArrays
{
    /// <summary>A 1-D array of float32, float64, int32 or int64 values, as doubles.</summary>
    public static double[] ReadVector(string path)
    {
        using var stream = File.OpenRead(path);
        var header = NpyHeader.Read(stream, path);
        if (header.FortranOrder && header.Shape.Length > 1)
            throw new InvalidDataException($"{path}: Fortran-ordered arrays are not supported.");
        long count = header.ElementCount;
        var bytes = new byte[count * header.ElementSize];
        if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) < bytes.Length)
            throw new InvalidDataException($"{path}: holds fewer than the {count} values its header announces.");
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            var item = bytes.AsSpan(i * header.ElementSize, header.ElementSize);
            values[i] = header.Descr switch
            {
                "<f4" => BinaryPrimitives.ReadSingleLittleEndian(item),
                "<f8" => BinaryPrimitives.ReadDoubleLittleEndian(item),
                "<i4" => BinaryPrimitives.ReadInt32LittleEndian(item),
                "<i8" => BinaryPrimitives.ReadInt64LittleEndian(item),
                _ => throw new InvalidDataException($"{path}: expected numbers, found numpy type '{header.Descr}'."),
            };
        }
        return values;
    }
}
