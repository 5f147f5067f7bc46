namespace NeuronOrleans.Compute.Torch;

/// <summary>Device budget of a <see cref="TorchCountBackend"/>.</summary>
public sealed record TorchCountOptions
{
    /// <summary>
    /// Mask rows one batch computes and counts, in bytes (rows × images × 8); counting needs about
    /// three times the batch's formula rows on top. Null: <see cref="DefaultBatchBytes"/>.
    /// </summary>
    public long? MaxBatchBytes { get; init; }

    /// <summary>Batches on the device at once, over all sessions: bounds device memory when many grains share it.</summary>
    public int MaxConcurrentBatches { get; init; } = 4;

    /// <summary>Banks kept resident when no session uses them (the sweep's bank stays; per-neuron banks go).</summary>
    public int IdleBanksKept { get; init; } = 1;

    /// <summary>
    /// 256 MiB on a GPU (≈ 1,500 formulas at 22,210 images: a whole pass in one batch). 16 MiB on
    /// the CPU: glibc serves blocks above 32 MiB with fresh mmap pages, and the page faults made
    /// every libtorch op on 40 MB tensors 4–6× slower than on 8 MB ones (measured on 2 cores).
    /// </summary>
    public static long DefaultBatchBytes(bool gpu) => gpu ? 256L << 20 : 16L << 20;

    public void Validate()
    {
        if (MaxBatchBytes is < 1) throw new ArgumentException($"{nameof(MaxBatchBytes)} must be positive.", nameof(MaxBatchBytes));
        if (MaxConcurrentBatches < 1) throw new ArgumentException($"{nameof(MaxConcurrentBatches)} must be at least 1.", nameof(MaxConcurrentBatches));
        if (IdleBanksKept < 0) throw new ArgumentException($"{nameof(IdleBanksKept)} must not be negative.", nameof(IdleBanksKept));
    }
}
