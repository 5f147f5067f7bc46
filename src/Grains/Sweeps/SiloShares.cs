namespace NeuronOrleans.Grains.Sweeps;

/// <summary>Each silo's share of a sweep: what it runs now, what it finished, its backend and probing rate.</summary>
internal static class SiloShares
{
    public static IReadOnlyList<SiloWork> Of(
        SweepGrainState state,
        IEnumerable<NeuronProgress> running,
        IEnumerable<(string Silo, ShardProgress Progress)> shards,
        IReadOnlyDictionary<string, WorkerInfo> workers)
    {
        var silos = state.NeuronSilos.Values.Concat(state.ShardSilos.Values).Concat(workers.Keys).Where(s => s.Length > 0).ToHashSet();
        var runningBySilo = running.Where(p => state.Neurons.GetValueOrDefault(p.Neuron) == NeuronStatus.Pending).GroupBy(p => p.Silo).ToDictionary(g => g.Key, g => g.Count());
        var rates = shards.GroupBy(s => s.Silo).ToDictionary(g => g.Key, g => g.Sum(s => s.Progress.ImagesPerSecond));
        return [.. silos.Order(StringComparer.Ordinal).Select(silo => new SiloWork(
            silo,
            workers.TryGetValue(silo, out var worker) ? worker.Backend : "",
            runningBySilo.GetValueOrDefault(silo),
            state.NeuronSilos.Count(n => n.Value == silo && state.Neurons.GetValueOrDefault(n.Key) == NeuronStatus.Done),
            state.ShardSilos.Count(s => s.Value == silo),
            rates.GetValueOrDefault(silo)))];
    }
}
