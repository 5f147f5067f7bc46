using System.Collections.Concurrent;

namespace NeuronOrleans.Grains.Services;

/// <summary>
/// Loads each key's value once, however many callers ask at the same time. A failed load is
/// forgotten, so the next caller tries again (the file may have been fixed since). With a budget,
/// the least recently asked values are dropped once the loaded ones weigh more than it (never the
/// one just asked for); whoever still holds a dropped value keeps using it.
/// </summary>
internal sealed class LoadOnceCache<TKey, TValue>(long budget = long.MaxValue, Func<TValue, long>? weight = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _entries = new();
    // Loaded keys, least recently asked first, with their weights; guarded by itself.
    private readonly LinkedList<(TKey Key, long Weight)> _recency = new();
    private long _loadedWeight;

    public TValue Get(TKey key, Func<TKey, TValue> load)
    {
        var entry = _entries.GetOrAdd(key, k => new Lazy<TValue>(() => load(k)));
        TValue value;
        try
        {
            value = entry.Value;
        }
        catch
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
        if (weight is not null) Asked(key, entry, weight(value));
        return value;
    }

    public IEnumerable<TValue> Loaded => _entries.Values.Where(e => e.IsValueCreated).Select(e => e.Value);

    private void Asked(TKey key, Lazy<TValue> entry, long valueWeight)
    {
        lock (_recency)
        {
            var node = _recency.First;
            while (node is not null && !EqualityComparer<TKey>.Default.Equals(node.Value.Key, key)) node = node.Next;
            if (node is not null) _recency.Remove(node);
            else if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry)) _loadedWeight += valueWeight;
            else return; // dropped meanwhile by another caller's eviction
            _recency.AddLast((key, valueWeight));
            while (_loadedWeight > budget && _recency.First!.Next is not null)
            {
                var (oldest, oldestWeight) = _recency.First.Value;
                _recency.RemoveFirst();
                _entries.TryRemove(oldest, out _);
                _loadedWeight -= oldestWeight;
            }
        }
    }
}
