using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// The fixed 4 KiB header of an activation store (little-endian):
/// magic "NOACTIV\0", version, header size, units, images, grid height and width, completed
/// images, model and dataset fingerprints (32 bytes each), then model and dataset descriptions
/// (UInt16 length + UTF-8). Data follows at <see cref="Size"/>: float32, neuron-major
/// <c>[units, images, height, width]</c>, so one neuron is one contiguous range.
/// </summary>
public sealed record ActivationStoreHeader(int Units, int Images, GridShape Grid, int CompletedImages, ActivationStoreIdentity Identity)
{
    public const int Version = 1;
    public const int Size = 4096;
    private static readonly byte[] Magic = "NOACTIV\0"u8.ToArray();

    public long NeuronValues => (long)Images * Grid.Cells;

    public long FileLength => Size + Units * NeuronValues * sizeof(float);

    public long NeuronOffset(int unit) => Size + unit * NeuronValues * sizeof(float);

    public void Write(SafeFileHandle file)
    {
        var bytes = new byte[Size];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        int[] numbers = [Version, Size, Units, Images, Grid.Height, Grid.Width, CompletedImages, 0];
        for (var i = 0; i < numbers.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(8 + 4 * i)..], numbers[i]);
        }
        Identity.ModelFingerprint.CopyTo(span[40..]);
        Identity.DatasetFingerprint.CopyTo(span[72..]);
        var at = WriteText(span, 104, Identity.Model);
        WriteText(span, at, Identity.Dataset);
        RandomAccess.Write(file, bytes, 0);
    }

    public static ActivationStoreHeader Read(SafeFileHandle file, string path)
    {
        var bytes = new byte[Size];
        var read = RandomAccess.Read(file, bytes, 0);
        var span = bytes.AsSpan();
        if (read < Size || !span[..8].SequenceEqual(Magic))
        {
            throw new ActivationStoreException($"{path}: not an activation store (missing header)");
        }
        int Number(int index) => BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8 + 4 * index));
        if (Number(0) != Version)
        {
            throw new ActivationStoreException($"{path}: activation store version {Number(0)} is not supported (expected {Version})");
        }
        var (model, at) = ReadText(span, 104);
        var (dataset, _) = ReadText(span, at);
        var identity = new ActivationStoreIdentity(model, span[40..72].ToArray(), dataset, span[72..104].ToArray());
        var header = new ActivationStoreHeader(Number(2), Number(3), new GridShape(Number(4), Number(5)), Number(6), identity);
        if (header.Units <= 0 || header.Images <= 0 || header.Grid.Cells <= 0 || header.CompletedImages < 0 || header.CompletedImages > header.Images)
        {
            throw new ActivationStoreException($"{path}: corrupt header ({header.Units} units, {header.Images} images, grid {header.Grid}, {header.CompletedImages} done)");
        }
        if (RandomAccess.GetLength(file) < header.FileLength)
        {
            throw new ActivationStoreException($"{path}: file has {RandomAccess.GetLength(file)} bytes, {header.FileLength} expected; it is truncated");
        }
        return header;
    }

    // Descriptions are informational: cut to fit the fixed header rather than fail.
    private static int WriteText(Span<byte> header, int at, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var length = Math.Min(utf8.Length, (Size - 104) / 2 - 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[at..], (ushort)length);
        utf8.AsSpan(0, length).CopyTo(header[(at + 2)..]);
        return at + 2 + length;
    }

    private static (string Text, int Next) ReadText(ReadOnlySpan<byte> header, int at)
    {
        var length = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(header[at..]), Size - at - 2);
        return (Encoding.UTF8.GetString(header.Slice(at + 2, length)), at + 2 + length);
    }
}
