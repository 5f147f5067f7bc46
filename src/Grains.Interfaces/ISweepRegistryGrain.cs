namespace NeuronOrleans.Grains;

/// <summary>
/// The sweeps that have work to hand out (key 0): every silo's worker asks it where to pull work
/// from, so a silo that joins mid-sweep finds the running sweeps at once.
/// </summary>
public interface ISweepRegistryGrain : IGrainWithIntegerKey
{
    Task Register(string sweepId);

    Task Unregister(string sweepId);

    /// <summary>A worker's check-in at every tick: returns the active sweeps, oldest first.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<string>> CheckIn(WorkerInfo worker);

    /// <summary>The workers that checked in within the last few seconds: the silos able to take work now.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<WorkerInfo>> GetWorkers();
}
