using Orleans.Concurrency;

namespace NeuronOrleans.Grains;

/// <summary>
/// The coordinator of one sweep (key: <see cref="SweepSpec.SweepId"/>): hands its work (probe shards,
/// then neuron searches) to the silos that ask for it, tracks it, and writes the outputs when all
/// neurons are finished.
/// </summary>
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the sweep, or continues it when it exists; idempotent. A finished sweep submitted with
    /// other report options rewrites its outputs from the stored results.
    /// </summary>
    Task<SweepStatus> Submit(SweepSpec spec);

    /// <summary>Answers even while the sweep writes its outputs.</summary>
    [AlwaysInterleave]
    Task<SweepStatus> GetStatus();

    /// <summary>Per-neuron progress, in neuron order.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<NeuronProgress>> GetNeurons();

    /// <summary>Each silo's share of the work, by silo.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<SiloWork>> GetSilos();

    /// <summary>Stops handing out work and asks leased neurons to stop after their current pass.</summary>
    Task Cancel();

    /// <summary>Continues a cancelled or interrupted sweep and retries its failed neurons.</summary>
    Task<SweepStatus> Resume();

    /// <summary>Starts writing the outputs again from the finished neurons and returns at once.</summary>
    Task<SweepStatus> WriteOutputs();

    /// <summary>The next piece of work for <paramref name="worker"/>, or null when there is none for it now.</summary>
    Task<WorkItem?> Lease(WorkerInfo worker);

    /// <summary>A worker's progress on what it leased; renews those leases.</summary>
    Task Report(WorkReport report);
}
