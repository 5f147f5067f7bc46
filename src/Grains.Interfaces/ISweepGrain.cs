using Orleans.Concurrency;

namespace NeuronOrleans.Grains;

/// <summary>
/// The coordinator of one sweep (key: <see cref="SweepSpec.SweepId"/>): fans the neurons out,
/// tracks them, and writes the outputs when all are finished.
/// </summary>
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>Starts the sweep, or continues it when it exists; idempotent.</summary>
    Task<SweepStatus> Submit(SweepSpec spec);

    /// <summary>Answers even while the sweep writes its outputs.</summary>
    [AlwaysInterleave]
    Task<SweepStatus> GetStatus();

    /// <summary>Per-neuron progress, in neuron order.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<NeuronProgress>> GetNeurons();

    /// <summary>Stops dispatching and asks running neurons to stop after their current pass.</summary>
    Task Cancel();

    /// <summary>Continues a cancelled or interrupted sweep and retries its failed neurons.</summary>
    Task<SweepStatus> Resume();

    /// <summary>Writes the outputs again from the finished neurons.</summary>
    Task<SweepStatus> WriteOutputs();

    /// <summary>Called by a neuron grain when it has finished (or failed).</summary>
    [OneWay]
    Task ReportFinished(NeuronProgress progress);
}
