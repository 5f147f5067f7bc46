using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>Decodes little-endian storage bytes into floats.</summary>
public delegate void StorageDecoder(ReadOnlySpan<byte> source, Span<float> destination);

/// <summary>The element type of a torch storage class (<c>torch.FloatStorage</c>, <c>torch.cuda.HalfStorage</c>, …).</summary>
public sealed record StorageElement(string Name, int Size, StorageDecoder Decode)
{
    private static readonly StorageElement[] Known =
    [
        new("Float", 4, (s, d) => MemoryMarshal.Cast<byte, float>(s).CopyTo(d)),
        new("Double", 8, (s, d) => Each(s, d, 8, b => (float)BinaryPrimitives.ReadDoubleLittleEndian(b))),
        new("Half", 2, (s, d) => Each(s, d, 2, b => (float)BinaryPrimitives.ReadHalfLittleEndian(b))),
        new("BFloat16", 2, (s, d) => Each(s, d, 2, b => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(b) << 16))),
        new("Long", 8, (s, d) => Each(s, d, 8, b => BinaryPrimitives.ReadInt64LittleEndian(b))),
        new("Int", 4, (s, d) => Each(s, d, 4, b => BinaryPrimitives.ReadInt32LittleEndian(b))),
        new("Short", 2, (s, d) => Each(s, d, 2, b => BinaryPrimitives.ReadInt16LittleEndian(b))),
        new("Char", 1, (s, d) => Each(s, d, 1, b => (sbyte)b[0])),
        new("Byte", 1, (s, d) => Each(s, d, 1, b => b[0])),
        new("Bool", 1, (s, d) => Each(s, d, 1, b => b[0])),
        new("Untyped", 1, (s, d) => Each(s, d, 1, b => b[0])),
    ];

    private delegate float ElementReader(ReadOnlySpan<byte> bytes);

    /// <summary>Maps a storage class name such as <c>FloatStorage</c> or <c>UntypedStorage</c>; null when unknown.</summary>
    public static StorageElement? FromStorageClass(string className) =>
        Array.Find(Known, e => e.Name + "Storage" == className);

    private static void Each(ReadOnlySpan<byte> source, Span<float> destination, int size, ElementReader read)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = read(source.Slice(i * size, size));
        }
    }
}
