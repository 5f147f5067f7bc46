namespace NeuronOrleans.Grains.Sweeps;

/// <summary>A sweep's persisted state: its spec and where every neuron and probe shard stands.</summary>
[GenerateSerializer]
public sealed class SweepGrainState
{
    [Id(0)] public SweepSpec? Spec { get; set; }
    [Id(1)] public SweepPhase Phase { get; set; }
    [Id(2)] public Dictionary<int, NeuronStatus> Neurons { get; set; } = [];
    [Id(3)] public DateTimeOffset StartedAt { get; set; }
    [Id(4)] public string OutputFolder { get; set; } = "";
    [Id(5)] public string? OutputError { get; set; }
    /// <summary>Passes each finished neuron computed over its life.</summary>
    [Id(6)] public Dictionary<int, int> PassesComputed { get; set; } = [];
    [Id(7)] public long PassesResumed { get; set; }
    /// <summary>Passes the finished neurons' results contain: what an uninterrupted sweep computes.</summary>
    [Id(8)] public long PassesNeeded { get; set; }
    /// <summary>Why each failed neuron failed.</summary>
    [Id(9)] public Dictionary<int, string> Errors { get; set; } = [];
    /// <summary>The silo each finished neuron ran on.</summary>
    [Id(10)] public Dictionary<int, string> NeuronSilos { get; set; } = [];
    /// <summary>Probe shards extracted, with the silo that did each.</summary>
    [Id(11)] public Dictionary<int, string> ShardSilos { get; set; } = [];
    [Id(12)] public bool StoreComplete { get; set; }
    /// <summary>Why the whole sweep failed, when it did.</summary>
    [Id(13)] public string? Error { get; set; }
    /// <summary>Compute time of the finished neurons by step, summed when the outputs were last written.</summary>
    [Id(14)] public WorkTimings Timings { get; set; } = WorkTimings.None;
    [Id(15)] public double OutputSeconds { get; set; }
    /// <summary>Seconds from the sweep's start until its last probe shard was stored.</summary>
    [Id(16)] public double ProbeSeconds { get; set; }
}
