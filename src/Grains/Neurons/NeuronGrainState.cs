using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Grains.Neurons;

/// <summary>A neuron's persisted progress: the checkpoint after its last pass, then its outcome.</summary>
[GenerateSerializer]
public sealed class NeuronGrainState
{
    [Id(0)] public SearchCheckpoint? Checkpoint { get; set; }
    [Id(1)] public NeuronOutcome? Outcome { get; set; }
    /// <summary>Passes computed over all activations (a resumed pass is not computed twice).</summary>
    [Id(2)] public int PassesComputed { get; set; }
    /// <summary>Passes the last run took over from a checkpoint.</summary>
    [Id(3)] public int PassesResumed { get; set; }
    /// <summary>Compute time so far, by step, over all runs (kept with the checkpoint).</summary>
    [Id(4)] public WorkTimings Timings { get; set; } = WorkTimings.None;
}
