namespace NeuronOrleans.Grains;

[GenerateSerializer]
public enum SweepPhase
{
    Unknown,
    Running,
    WritingOutputs,
    Completed,
    Cancelled,
}

/// <summary>A sweep's progress as the coordinator grain sees it.</summary>
[GenerateSerializer, Immutable]
public sealed record SweepStatus
{
    [Id(0)] public required string SweepId { get; init; }
    [Id(1)] public SweepPhase Phase { get; init; }
    [Id(2)] public int Total { get; init; }
    [Id(3)] public int Done { get; init; }
    [Id(4)] public int Failed { get; init; }
    [Id(5)] public int Running { get; init; }
    /// <summary>Passes finished by neurons still running, over all their passes.</summary>
    [Id(6)] public int RunningPassesDone { get; init; }
    [Id(7)] public int RunningPassCount { get; init; }
    [Id(8)] public string OutputFolder { get; init; } = "";
    [Id(9)] public DateTimeOffset StartedAt { get; init; }
    /// <summary>Passes computed and passes resumed from checkpoints, summed over finished neurons.</summary>
    [Id(10)] public long PassesComputed { get; init; }
    [Id(11)] public long PassesResumed { get; init; }
    [Id(12)] public string? OutputError { get; init; }
    /// <summary>Passes in the finished neurons' results; equals <see cref="PassesComputed"/> when nothing was computed twice.</summary>
    [Id(13)] public long PassesNeeded { get; init; }

    public int Finished => Done + Failed;
}
