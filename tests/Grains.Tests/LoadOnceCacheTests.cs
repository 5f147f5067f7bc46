using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Grains.Tests;

public class LoadOnceCacheTests
{
    [Fact]
    public void Concurrent_callers_of_one_key_share_one_load()
    {
        int loads = 0;
        var cache = new LoadOnceCache<string, int>();
        Parallel.For(0, 16, _ => cache.Get("bank", _ => { Interlocked.Increment(ref loads); Thread.Sleep(20); return 7; }));
        Assert.Equal(1, loads);
    }

    [Fact]
    public void Beyond_its_budget_the_least_recently_asked_value_is_dropped_and_loaded_again_when_asked()
    {
        var loads = new List<string>();
        var cache = new LoadOnceCache<string, int>(budget: 250, weight: size => size);
        int Get(string key) => cache.Get(key, k => { loads.Add(k); return 100; });

        Get("a");
        Get("b");
        Get("a");       // a is now the most recent
        Get("c");       // 300 > 250: b, the least recent, goes
        Get("a");
        Get("b");       // loaded again; c goes

        Assert.Equal(["a", "b", "c", "b"], loads);
        Assert.Equal(2, cache.Loaded.Count());
    }

    [Fact]
    public void A_value_heavier_than_the_budget_is_kept_while_it_is_the_latest()
    {
        var cache = new LoadOnceCache<string, int>(budget: 50, weight: size => size);
        Assert.Equal(100, cache.Get("big", _ => 100));
        Assert.Equal(100, cache.Get("big", _ => throw new InvalidOperationException("loaded twice")));
    }

    [Fact]
    public void A_failed_load_is_tried_again()
    {
        var cache = new LoadOnceCache<string, int>();
        Assert.Throws<IOException>(() => cache.Get("bank", _ => throw new IOException("not yet")));
        Assert.Equal(3, cache.Get("bank", _ => 3));
    }
}
