namespace NeuronOrleans.Grains;

[GenerateSerializer]
public enum SweepPhase
{
    Unknown,
    /// <summary>Silos extract the activations, shard by shard.</summary>
    Probing,
    /// <summary>Silos search the neurons.</summary>
    Running,
    WritingOutputs,
    Completed,
    Cancelled,
    /// <summary>A fault of the sweep's inputs that no neuron can get past (e.g. an unreadable probe image).</summary>
    Failed,
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
    /// <summary>Beam passes computed over the sweep's life; a pass resumed from a checkpoint is not computed again.</summary>
    [Id(10)] public long PassesComputed { get; init; }
    [Id(11)] public long PassesResumed { get; init; }
    [Id(12)] public string? OutputError { get; init; }
    /// <summary>Passes in the finished neurons' results; equals <see cref="PassesComputed"/> when nothing was computed twice.</summary>
    [Id(13)] public long PassesNeeded { get; init; }
    /// <summary>Probe images extracted so far and in all, while the sweep probes.</summary>
    [Id(14)] public long ImagesProbed { get; init; }
    [Id(15)] public long ImagesToProbe { get; init; }
    /// <summary>Why the whole sweep failed (<see cref="SweepPhase.Failed"/>), in one line.</summary>
    [Id(16)] public string? Error { get; init; }
    /// <summary>What the sweep is waiting for (e.g. grain storage to come back); null while it works.</summary>
    [Id(17)] public string? Waiting { get; init; }
    /// <summary>Compute time of the finished neurons by step, summed (known once outputs are written).</summary>
    [Id(18)] public WorkTimings Timings { get; init; } = WorkTimings.None;
    /// <summary>Seconds the last writing of the outputs took.</summary>
    [Id(19)] public double OutputSeconds { get; init; }
    /// <summary>Seconds from the sweep's start until probing ended; 0 for given activations.</summary>
    [Id(20)] public double ProbeSeconds { get; init; }

    public int Finished => Done + Failed;

    public bool IsOver => Phase is SweepPhase.Completed or SweepPhase.Cancelled or SweepPhase.Failed;
}
