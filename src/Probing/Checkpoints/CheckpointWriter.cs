using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>
/// Writes <c>{arch, state_dict}</c> in PyTorch's zip format (what <c>torch.save</c> writes since 1.6),
/// so the file is readable by <see cref="CheckpointReader"/> and by <c>torch.load</c>. The pickle is
/// emitted by hand: a dict of float tensors needs only a dozen opcodes.
/// </summary>
public static class CheckpointWriter
{
    private const string Prefix = "archive/";

    /// <summary>Writes atomically: a temporary file next to <paramref name="path"/>, then a rename.</summary>
    public static void Write(string path, string arch, IReadOnlyList<(string Name, CheckpointTensor Tensor)> stateDict)
    {
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            WriteEntry(zip, "data.pkl", Pickle(arch, stateDict));
            for (var i = 0; i < stateDict.Count; i++)
            {
                WriteEntry(zip, $"data/{i}", MemoryMarshal.AsBytes(stateDict[i].Tensor.Values.AsSpan()).ToArray());
            }
            WriteEntry(zip, "byteorder", "little"u8.ToArray());
            WriteEntry(zip, "version", "3\n"u8.ToArray());
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(Prefix + name, CompressionLevel.NoCompression).Open();
        stream.Write(bytes);
    }

    private static byte[] Pickle(string arch, IReadOnlyList<(string Name, CheckpointTensor Tensor)> stateDict)
    {
        var p = new MemoryStream();
        p.Write([0x80, 2, (byte)'}', (byte)'(']); // PROTO 2, EMPTY_DICT, MARK
        Text(p, "arch");
        Text(p, arch);
        Text(p, "state_dict");
        p.Write([(byte)'}', (byte)'(']);
        for (var i = 0; i < stateDict.Count; i++)
        {
            var (name, tensor) = stateDict[i];
            Text(p, name);
            Global(p, "torch._utils", "_rebuild_tensor_v2");
            p.WriteByte((byte)'(');
            // Persistent id ('storage', torch.FloatStorage, key, location, numel).
            p.WriteByte((byte)'(');
            Text(p, "storage");
            Global(p, "torch", "FloatStorage");
            Text(p, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Text(p, "cpu");
            Int(p, tensor.Values.Length);
            p.Write([(byte)'t', (byte)'Q']); // TUPLE, BINPERSID
            Int(p, 0); // storage offset
            Tuple(p, tensor.Shape);
            Tuple(p, Strides(tensor.Shape));
            p.WriteByte(0x89); // requires_grad = False
            Global(p, "collections", "OrderedDict");
            p.Write([(byte)')', (byte)'R']); // backward hooks: OrderedDict()
            p.Write([(byte)'t', (byte)'R']); // args TUPLE, REDUCE
        }
        p.Write([(byte)'u', (byte)'u', (byte)'.']); // SETITEMS (state dict), SETITEMS (root), STOP
        return p.ToArray();
    }

    private static long[] Strides(long[] shape)
    {
        var strides = new long[shape.Length];
        long stride = 1;
        for (var d = shape.Length - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    private static void Tuple(Stream p, long[] values)
    {
        p.WriteByte((byte)'(');
        foreach (var value in values)
        {
            Int(p, value);
        }
        p.WriteByte((byte)'t');
    }

    private static void Int(Stream p, long value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, checked((int)value));
        p.WriteByte((byte)'J'); // BININT
        p.Write(bytes);
    }

    private static void Text(Stream p, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, utf8.Length);
        p.WriteByte((byte)'X'); // BINUNICODE
        p.Write(length);
        p.Write(utf8);
    }

    private static void Global(Stream p, string module, string name) =>
        p.Write(Encoding.ASCII.GetBytes($"c{module}\n{name}\n"));
}
