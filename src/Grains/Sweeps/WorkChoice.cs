namespace NeuronOrleans.Grains.Sweeps;

/// <summary>Which piece of a sweep's work a silo gets when it asks: the rules of <see cref="ISweepGrain.Lease"/>, free of grain state.</summary>
public static class WorkChoice
{
    /// <summary>
    /// The lowest neuron that waits, if the worker has a free search slot. GPU preference is a
    /// weight, not a filter: a CPU worker steps back only while the GPU workers' free slots could
    /// take everything that waits.
    /// </summary>
    public static int? NextNeuron(IReadOnlyCollection<int> waiting, WorkerInfo worker, int freeGpuSlots)
    {
        if (worker.FreeSearchSlots <= 0 || waiting.Count == 0) return null;
        if (worker.Kind != ComputeKinds.Gpu && waiting.Count <= freeGpuSlots) return null;
        return waiting.Min();
    }

    /// <summary>
    /// The lowest probe shard neither done nor leased, for a worker of the sweep's probe device kind
    /// with a free probe slot. When every shard is done but the store was never completed (the
    /// last shard's silo died in between) and nothing is leased, shard 0 again: a no-op extraction
    /// that completes the store.
    /// </summary>
    public static int? NextShard(int shards, Func<int, bool> done, Func<int, bool> leased, bool storeComplete, string probeDevice, WorkerInfo worker)
    {
        if (worker.Kind != probeDevice || worker.FreeProbeSlots <= 0 || storeComplete) return null;
        var open = Enumerable.Range(0, shards).Where(s => !done(s)).ToList();
        if (open.Count == 0) return Enumerable.Range(0, shards).Any(leased) ? null : 0;
        return open.Cast<int?>().FirstOrDefault(s => !leased(s!.Value));
    }
}
