using Microsoft.Win32.SafeHandles;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// A finished activation store (see <see cref="ActivationStoreHeader"/> for the layout): reads one
/// neuron's <c>images×h×w</c> values with a single contiguous read, computes thresholds and masks.
/// Safe for concurrent reads.
/// </summary>
public sealed class ActivationStore : IDisposable
{
    private readonly SafeFileHandle _file;

    private ActivationStore(SafeFileHandle file, string path, ActivationStoreHeader header)
    {
        _file = file;
        Path = path;
        Header = header;
    }

    public string Path { get; }

    public ActivationStoreHeader Header { get; }

    public int Units => Header.Units;

    public int Images => Header.Images;

    public GridShape Grid => Header.Grid;

    /// <summary>Opens a complete store; with <paramref name="expected"/>, refuses one made for another model or dataset.</summary>
    public static ActivationStore Open(string path, ActivationStoreIdentity? expected = null)
    {
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ActivationStoreException($"{path}: cannot open activation store ({e.Message})", e);
        }
        try
        {
            var header = ActivationStoreHeader.Read(file, path);
            if (header.CompletedImages != header.Images)
            {
                throw new ActivationStoreException($"{path}: holds {header.CompletedImages} of {header.Images} images; the extraction did not finish");
            }
            if (expected?.Mismatch(header.Identity) is { } problem)
            {
                throw new ActivationStoreException($"{path}: refusing this activation store: {problem}");
            }
            return new ActivationStore(file, path, header);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>One neuron's activations, <c>[images, h, w]</c>.</summary>
    public float[] ReadNeuron(int unit)
    {
        var values = new float[Header.NeuronValues];
        ReadNeuron(unit, values);
        return values;
    }

    public void ReadNeuron(int unit, Span<float> destination)
    {
        if (unit < 0 || unit >= Units)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"{Path}: the store has units 0..{Units - 1}");
        }
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(destination[..(int)Header.NeuronValues]);
        var offset = Header.NeuronOffset(unit);
        while (!bytes.IsEmpty)
        {
            var read = RandomAccess.Read(_file, bytes, offset);
            if (read == 0)
            {
                throw new ActivationStoreException($"{Path}: file ends inside unit {unit}; it is truncated");
            }
            bytes = bytes[read..];
            offset += read;
        }
    }

    public void Dispose() => _file.Dispose();
}
