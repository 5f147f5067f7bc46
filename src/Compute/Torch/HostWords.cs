using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>Copies between packed <see cref="ulong"/> masks and int64 tensors (same bits, reinterpreted).</summary>
internal static class HostWords
{
    /// <summary>A 1-D int64 tensor on <paramref name="device"/> holding <paramref name="words"/>.</summary>
    public static Tensor ToDevice(ReadOnlySpan<ulong> words, Device device)
    {
        using var host = torch.empty(words.Length, ScalarType.Int64);
        MemoryMarshal.AsBytes(words).CopyTo(host.bytes);
        return host.to(device);
    }

    public static Tensor ToDevice(ReadOnlySpan<int> values, Device device)
    {
        using var host = torch.empty(values.Length, ScalarType.Int32);
        MemoryMarshal.AsBytes(values).CopyTo(host.bytes);
        return host.to(ScalarType.Int64, device);
    }

    /// <summary>Overwrites row <paramref name="row"/> of a contiguous 2-D CPU tensor; null writes zeros.</summary>
    public static void Write(Tensor host, int row, ulong[]? words)
    {
        int length = (int)host.shape[1];
        var bytes = host.bytes.Slice(row * length * sizeof(long), length * sizeof(long));
        if (words is null) bytes.Clear();
        else MemoryMarshal.AsBytes(words.AsSpan()).CopyTo(bytes);
    }

    /// <summary>The values of a 2-D int64 tensor on any device, row-major.</summary>
    public static long[] Read(Tensor values)
    {
        using var host = values.cpu();
        return host.data<long>().ToArray();
    }
}
