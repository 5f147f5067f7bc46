using NeuronOrleans.Grains.Storage;

namespace NeuronOrleans.Grains.Sweeps;

/// <summary>The active sweeps, persisted so that a restarted cluster's workers find them again, and the workers seen lately.</summary>
public sealed class SweepRegistryGrain(
    [PersistentState("registry", StorageNames.Sweeps)] IPersistentState<SweepRegistryState> state) : Grain, ISweepRegistryGrain
{
    private readonly RecentWorkers _workers = new(TimeSpan.FromSeconds(10));

    public async Task Register(string sweepId)
    {
        if (state.State.Active.Contains(sweepId)) return;
        state.State.Active.Add(sweepId);
        await DurableState.WriteAsync(state);
    }

    public async Task Unregister(string sweepId)
    {
        if (state.State.Active.Remove(sweepId)) await DurableState.WriteAsync(state);
    }

    public Task<IReadOnlyList<string>> CheckIn(WorkerInfo worker)
    {
        _workers.Heard(worker, DateTime.UtcNow);
        return Task.FromResult<IReadOnlyList<string>>([.. state.State.Active]);
    }

    public Task<IReadOnlyList<WorkerInfo>> GetWorkers() => Task.FromResult<IReadOnlyList<WorkerInfo>>([.. _workers.Current(DateTime.UtcNow)]);
}

[GenerateSerializer]
public sealed class SweepRegistryState
{
    /// <summary>Active sweep ids in the order they were submitted.</summary>
    [Id(0)] public List<string> Active { get; set; } = [];
}
