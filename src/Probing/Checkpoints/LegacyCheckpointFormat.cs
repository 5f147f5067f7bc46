using System.Buffers.Binary;
using System.Numerics;

namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>
/// The legacy (non-zip) torch.save format: pickles of the magic number, the protocol version,
/// system info and the object, then the pickled list of storage keys, then per key an int64
/// element count and the raw little-endian elements.
/// </summary>
internal static class LegacyCheckpointFormat
{
    private static readonly BigInteger MagicNumber = BigInteger.Parse("1950a86a20f9469cfc6c", System.Globalization.NumberStyles.HexNumber);
    private const long ProtocolVersion = 1001;

    public static (object? Root, Func<TensorReference, string, CheckpointTensor> Resolve) Read(byte[] data, string source)
    {
        var (magic, at, _) = TorchUnpickler.Read(data, 0, source);
        if (!Equals(magic is long l ? new BigInteger(l) : magic, MagicNumber))
        {
            throw new CheckpointException($"{source}: not a torch.save file (wrong magic number)");
        }
        (var protocol, at, _) = TorchUnpickler.Read(data, at, source);
        if (!Equals(protocol, ProtocolVersion))
        {
            throw new CheckpointException($"{source}: torch.save protocol version {protocol} is not supported (expected {ProtocolVersion})");
        }
        (var sysInfo, at, _) = TorchUnpickler.Read(data, at, source);
        if (sysInfo is Dictionary<object, object?> info && info.TryGetValue("little_endian", out var little) && Equals(little, false))
        {
            throw new CheckpointException($"{source}: big-endian checkpoints are not supported");
        }
        (var root, at, var elements) = TorchUnpickler.Read(data, at, source);
        (var keys, at, _) = TorchUnpickler.Read(data, at, source);
        var storages = ReadStorages(data, at, (List<object?>)keys!, elements, source);
        return (root, (tensor, name) => tensor.Materialize(storages[tensor.Storage.Key], source, name));
    }

    private static Dictionary<string, float[]> ReadStorages(
        byte[] data, int at, List<object?> keys, IReadOnlyDictionary<string, StorageElement> elements, string source)
    {
        var storages = new Dictionary<string, float[]>();
        foreach (var key in keys.Select(k => Convert.ToString(k, System.Globalization.CultureInfo.InvariantCulture)!))
        {
            var element = elements.TryGetValue(key, out var e) ? e
                : throw new CheckpointException($"{source}: storage '{key}' is listed but no tensor refers to it");
            if (at + 8 > data.Length)
            {
                throw Truncated(source, key);
            }
            var count = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(at, 8));
            at += 8;
            if (count < 0 || count * element.Size > data.Length - at)
            {
                throw Truncated(source, key);
            }
            var values = new float[count];
            element.Decode(data.AsSpan(at, (int)(count * element.Size)), values);
            at += (int)(count * element.Size);
            storages[key] = values;
        }
        return storages;
    }

    private static CheckpointException Truncated(string source, string key) =>
        new($"{source}: file ends inside storage '{key}'; the checkpoint is truncated");
}
