using NeuronOrleans.Grains.Sweeps;

namespace NeuronOrleans.Grains.Tests;

/// <summary>Which work a silo gets when it asks, case by case.</summary>
public sealed class WorkChoiceTests
{
    private static WorkerInfo Worker(string kind, int freeSearch = 1, int freeProbe = 1) => new("S1", kind, kind, freeSearch, freeProbe);

    [Fact]
    public void A_worker_gets_the_lowest_waiting_neuron()
    {
        Assert.Equal(3, WorkChoice.NextNeuron([7, 3, 5], Worker(ComputeKinds.Cpu), freeGpuSlots: 0));
        Assert.Equal(3, WorkChoice.NextNeuron([7, 3, 5], Worker(ComputeKinds.Gpu), freeGpuSlots: 0));
    }

    [Fact]
    public void Nothing_for_a_worker_without_a_free_slot_or_when_nothing_waits()
    {
        Assert.Null(WorkChoice.NextNeuron([1, 2], Worker(ComputeKinds.Cpu, freeSearch: 0), freeGpuSlots: 0));
        Assert.Null(WorkChoice.NextNeuron([], Worker(ComputeKinds.Gpu), freeGpuSlots: 0));
    }

    [Theory]
    // Three neurons wait: a CPU silo steps back while free GPU slots could take all three, not once they can't.
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(2, true)]
    [InlineData(0, true)]
    public void A_cpu_worker_steps_back_only_while_free_gpu_slots_could_take_all_that_waits(int freeGpuSlots, bool gets)
    {
        var neuron = WorkChoice.NextNeuron([4, 5, 6], Worker(ComputeKinds.Cpu), freeGpuSlots);
        Assert.Equal(gets ? 4 : null, neuron);
    }

    [Fact]
    public void A_gpu_worker_never_steps_back()
    {
        Assert.Equal(4, WorkChoice.NextNeuron([4, 5, 6], Worker(ComputeKinds.Gpu), freeGpuSlots: 10));
    }

    [Fact]
    public void Probe_shards_go_lowest_first_to_workers_of_the_probe_device_kind_with_a_free_probe_slot()
    {
        var done = new HashSet<int> { 0 };
        var leased = new HashSet<int> { 1 };
        Assert.Equal(2, WorkChoice.NextShard(4, done.Contains, leased.Contains, false, ComputeKinds.Cpu, Worker(ComputeKinds.Cpu)));
        Assert.Null(WorkChoice.NextShard(4, done.Contains, leased.Contains, false, ComputeKinds.Gpu, Worker(ComputeKinds.Cpu)));
        Assert.Null(WorkChoice.NextShard(4, done.Contains, leased.Contains, false, ComputeKinds.Cpu, Worker(ComputeKinds.Cpu, freeProbe: 0)));
    }

    [Fact]
    public void Nothing_while_the_last_open_shards_are_leased()
    {
        var done = new HashSet<int> { 0, 2 };
        var leased = new HashSet<int> { 1, 3 };
        Assert.Null(WorkChoice.NextShard(4, done.Contains, leased.Contains, false, ComputeKinds.Cpu, Worker(ComputeKinds.Cpu)));
    }

    [Fact]
    public void Shard_zero_again_completes_a_store_whose_last_silo_died_before_completing_it()
    {
        var all = new HashSet<int> { 0, 1, 2 };
        Assert.Equal(0, WorkChoice.NextShard(3, all.Contains, _ => false, false, ComputeKinds.Cpu, Worker(ComputeKinds.Cpu)));
        // Not while that no-op is leased already, and never once the store is complete.
        Assert.Null(WorkChoice.NextShard(3, all.Contains, s => s == 0, false, ComputeKinds.Cpu, Worker(ComputeKinds.Cpu)));
        Assert.Null(WorkChoice.NextShard(3, all.Contains, _ => false, true, ComputeKinds.Cpu, Worker(ComputeKinds.Cpu)));
    }
}
