using NeuronOrleans.Dissection.Counting;

namespace NeuronOrleans.Grains.Services;

/// <summary>Silo-local: the best compute backend this silo has, chosen once at start-up.</summary>
public sealed class ComputeBackends(ICountBackend best, string report)
{
    public ICountBackend Best { get; } = best;

    /// <summary>Why this backend: the GPU self-test's outcome, for the silo log.</summary>
    public string Report { get; } = report;

    /// <summary>The kind of silo this backend makes (<see cref="ComputeKinds"/>): any tensor backend counts as the GPU kind.</summary>
    public string Kind => Best is CpuCountBackend ? ComputeKinds.Cpu : ComputeKinds.Gpu;
}
