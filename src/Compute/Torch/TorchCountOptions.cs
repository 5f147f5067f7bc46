namespace NeuronOrleans.Compute.Torch;

/// <summary>Device budget of a <see cref="TorchCountBackend"/>.</summary>
public sealed record TorchCountOptions
{
    /// <summary>
    /// Mask rows one batch computes and counts, in bytes (rows × images × 8). Counting temporarily
    /// needs about three times the batch's formula rows on top. 128 MiB is ≈ 750 formulas at
    /// 22,210 images.
    /// </summary>
    public long MaxBatchBytes { get; init; } = 128L << 20;

    /// <summary>Batches on the device at once, over all sessions: bounds device memory when many grains share it.</summary>
    public int MaxConcurrentBatches { get; init; } = 4;

    /// <summary>Banks kept resident when no session uses them (the sweep's bank stays; per-neuron banks go).</summary>
    public int IdleBanksKept { get; init; } = 1;

    public void Validate()
    {
        if (MaxBatchBytes < 1) throw new ArgumentException($"{nameof(MaxBatchBytes)} must be positive.", nameof(MaxBatchBytes));
        if (MaxConcurrentBatches < 1) throw new ArgumentException($"{nameof(MaxConcurrentBatches)} must be at least 1.", nameof(MaxConcurrentBatches));
        if (IdleBanksKept < 0) throw new ArgumentException($"{nameof(IdleBanksKept)} must not be negative.", nameof(IdleBanksKept));
    }
}
