using System.Collections.Concurrent;

namespace NeuronOrleans.Grains.Services;

/// <summary>
/// Loads each key's value once, however many callers ask at the same time. A failed load is
/// forgotten, so the next caller tries again (the file may have been fixed since).
/// </summary>
internal sealed class LoadOnceCache<TKey, TValue> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _entries = new();

    public TValue Get(TKey key, Func<TKey, TValue> load)
    {
        var entry = _entries.GetOrAdd(key, k => new Lazy<TValue>(() => load(k)));
        try
        {
            return entry.Value;
        }
        catch
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    public IEnumerable<TValue> Loaded => _entries.Values.Where(e => e.IsValueCreated).Select(e => e.Value);
}
