namespace NeuronOrleans.Grains.Sweeps;

/// <summary>
/// The silo workers heard from, by silo, with what each said last: who can take work now (heard
/// within <paramref name="memory"/>), of which kind, with how many free slots.
/// </summary>
public sealed class RecentWorkers(TimeSpan memory)
{
    private readonly Dictionary<string, (WorkerInfo Info, DateTime Seen)> _workers = [];

    public void Heard(WorkerInfo worker, DateTime now) => _workers[worker.Silo] = (worker, now);

    /// <summary>The workers heard within the memory, by silo.</summary>
    public IEnumerable<WorkerInfo> Current(DateTime now) =>
        _workers.Values.Where(w => now - w.Seen < memory).Select(w => w.Info).OrderBy(w => w.Silo, StringComparer.Ordinal);

    /// <summary>Every worker ever heard, with what it said last.</summary>
    public IReadOnlyDictionary<string, WorkerInfo> Latest => _workers.ToDictionary(w => w.Key, w => w.Value.Info);
}
