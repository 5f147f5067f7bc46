using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Compute.Torch;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Tests.Torch;

public class DeviceBankCacheTests
{
    [Fact]
    public void A_bank_is_uploaded_once_and_shared_while_leased()
    {
        var bank = ConformanceBank.Create(seed: 1, images: 50, labels: 5);
        using var cache = new DeviceBankCache(CPU, idleBanksKept: 0);
        using var first = cache.Acquire(bank);
        using var second = cache.Acquire(bank);
        Assert.Same(first.Masks, second.Masks);
        Assert.Equal(new long[] { 2 * 6, 50 }, first.Masks.shape);
        Assert.Equal(1, cache.Uploads);
    }

    [Fact]
    public void Idle_banks_beyond_the_limit_leave_the_device_most_recent_last()
    {
        var banks = Enumerable.Range(0, 3).Select(seed => ConformanceBank.Create(seed, images: 20, labels: 4)).ToList();
        using var cache = new DeviceBankCache(CPU, idleBanksKept: 1);
        foreach (var bank in banks) cache.Acquire(bank).Dispose();
        Assert.Equal(1, cache.ResidentCount);
        cache.Acquire(banks[2]).Dispose();
        Assert.Equal(3, cache.Uploads);
        cache.Acquire(banks[0]).Dispose();
        Assert.Equal(4, cache.Uploads);
    }

    [Fact]
    public void Rows_hold_plain_masks_then_expanded_masks_and_zeros_for_absent_ones()
    {
        var bank = ConformanceBank.Create(seed: 2, images: 30, labels: 10);
        using var cache = new DeviceBankCache(CPU, idleBanksKept: 0);
        using var lease = cache.Acquire(bank);
        var rows = HostWords.Read(lease.Masks).Select(v => (ulong)v).Chunk(30).ToList();
        Assert.Equal(bank.Plain(3), rows[3]);
        Assert.Equal(bank.Expanded(3), rows[11 + 3]);
        Assert.All(rows[11 + 10], w => Assert.Equal(0UL, w)); // label 10 is a scene: no EXPAND
        Assert.All(rows[0], w => Assert.Equal(0UL, w));
    }
}
