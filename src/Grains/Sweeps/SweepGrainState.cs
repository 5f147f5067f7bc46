namespace NeuronOrleans.Grains.Sweeps;

/// <summary>A sweep's persisted state: its spec and where every neuron stands.</summary>
[GenerateSerializer]
public sealed class SweepGrainState
{
    [Id(0)] public SweepSpec? Spec { get; set; }
    [Id(1)] public SweepPhase Phase { get; set; }
    [Id(2)] public Dictionary<int, NeuronStatus> Neurons { get; set; } = [];
    [Id(3)] public DateTimeOffset StartedAt { get; set; }
    [Id(4)] public string OutputFolder { get; set; } = "";
    [Id(5)] public string? OutputError { get; set; }
    [Id(6)] public long PassesComputed { get; set; }
    [Id(7)] public long PassesResumed { get; set; }
    /// <summary>Passes the finished neurons' results contain: what an uninterrupted sweep computes.</summary>
    [Id(9)] public long PassesNeeded { get; set; }
    /// <summary>Why each failed neuron failed.</summary>
    [Id(8)] public Dictionary<int, string> Errors { get; set; } = [];
}
