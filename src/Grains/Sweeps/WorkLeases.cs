namespace NeuronOrleans.Grains.Sweeps;

/// <summary>
/// Which silo holds which piece of a sweep's work, and since when it last said so. Leases live in
/// memory only: when the sweep grain moves, every lease is forgotten and the work is handed out
/// again, which the idempotent neuron grains and shard markers make harmless.
/// </summary>
public sealed class WorkLeases(TimeSpan timeout)
{
    private readonly Dictionary<(WorkKind Kind, int Index), (string Silo, DateTime Renewed)> _leases = [];

    public bool IsLeased(WorkKind kind, int index) => _leases.ContainsKey((kind, index));

    public IEnumerable<int> Leased(WorkKind kind) => _leases.Keys.Where(k => k.Kind == kind).Select(k => k.Index);

    public void Grant(WorkKind kind, int index, string silo, DateTime now) => _leases[(kind, index)] = (silo, now);

    /// <summary>Renews a lease its holder still works on; false when it is not (or no longer) that silo's.</summary>
    public bool Renew(WorkKind kind, int index, string silo, DateTime now)
    {
        if (!_leases.TryGetValue((kind, index), out var lease) || lease.Silo != silo) return false;
        _leases[(kind, index)] = (silo, now);
        return true;
    }

    public void Release(WorkKind kind, int index) => _leases.Remove((kind, index));

    public void Clear() => _leases.Clear();

    /// <summary>Forgets leases whose silo left the cluster or has not reported within the timeout; their work is handed out again.</summary>
    public int Expire(DateTime now, Func<string, bool> siloAlive)
    {
        var lost = _leases.Where(l => now - l.Value.Renewed > timeout || !siloAlive(l.Value.Silo)).Select(l => l.Key).ToList();
        foreach (var key in lost) _leases.Remove(key);
        return lost.Count;
    }
}
