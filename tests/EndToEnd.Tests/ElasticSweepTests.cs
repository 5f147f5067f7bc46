using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.Grains;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>
/// Work goes where capacity is free, on real silo processes that meet in Azurite: a silo that
/// joins mid-sweep takes a share, a throttled silo takes less, GPU and CPU silos both work, and a
/// storage outage delays the sweep without changing a single result.
/// </summary>
[Collection(ElasticSweepCollection.Name)]
public sealed class ElasticSweepTests(ElasticSweepData sweep)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task A_silo_that_joins_mid_sweep_takes_a_share_and_results_equal_one_silo()
    {
        using var cluster = await AzureTestCluster.StartAsync(Folder("azurite-join"), silos: 2);
        var outRoot = Folder("joined");
        var grain = await cluster.SubmitAsync(sweep.Data.Root, sweep.SweepArguments(outRoot), Timeout);
        await AzureTestCluster.WaitFor(grain, s => s.Done >= 2, Timeout);

        // Counted before the third silo starts: what finishes from here on is the share it competes for.
        var atJoin = await grain.GetStatus();
        var before = (await grain.GetSilos()).Select(s => s.Silo).ToHashSet();
        await cluster.AddSiloAsync(searchSlots: 1);
        Assert.True(atJoin.Finished < atJoin.Total / 2, $"Too late to join: {atJoin.Finished} of {atJoin.Total} finished.");

        var status = await AzureTestCluster.WaitFor(grain, s => s.Phase == SweepPhase.Completed, Timeout);
        var shares = await grain.GetSilos();
        var joined = Assert.Single(shares, s => !before.Contains(s.Silo));
        int finishedAfterJoin = status.Done - atJoin.Done;
        Assert.True(joined.NeuronsDone >= 0.2 * finishedAfterJoin,
            $"The joining silo finished {joined.NeuronsDone} of the {finishedAfterJoin} neurons finished after it joined: {Describe(shares)}");
        await sweep.AssertSameResults(outRoot);
    }

    [Fact]
    public async Task A_throttled_silo_finishes_fewer_neurons_than_an_unthrottled_one()
    {
        var shares = await RunOnTwoSilosAsync("throttled", (1, []), (4, []));
        var done = shares.Select(s => s.NeuronsDone).Order().ToList();
        Assert.True(done[0] < done[1], $"Shares: {Describe(shares)}");
    }

    [Fact]
    public async Task A_gpu_kind_silo_and_a_cpu_silo_both_search()
    {
        var shares = await RunOnTwoSilosAsync("gpu-and-cpu", (1, ["--NeuronOrleans:TensorBackendOnCpu", "true"]), (1, []));
        Assert.Equal(["cpu", "torch-cpu"], shares.Select(s => s.Backend).Order());
        Assert.All(shares, s => Assert.True(s.NeuronsDone > 0, $"Shares: {Describe(shares)}"));
    }

    [Fact]
    public async Task Storage_down_for_30_seconds_mid_sweep_changes_no_result()
    {
        using var cluster = await AzureTestCluster.StartAsync(Folder("azurite-outage"), silos: 2);
        var outRoot = Folder("outage");
        var grain = await cluster.SubmitAsync(sweep.Data.Root, sweep.SweepArguments(outRoot), Timeout);
        var atOutage = await AzureTestCluster.WaitFor(grain, s => s.Done >= 2, Timeout);
        Assert.True(atOutage.Finished < atOutage.Total / 2, "The sweep finished before storage could fail.");

        cluster.Storage.Stop();
        await Task.Delay(TimeSpan.FromSeconds(30));
        await cluster.Storage.RestartAsync();

        var status = await AzureTestCluster.WaitFor(grain, s => s.Phase == SweepPhase.Completed, Timeout);
        Assert.Equal(sweep.Data.Units, status.Done);
        Assert.Equal(0, status.Failed);
        await sweep.AssertSameResults(outRoot);
    }

    /// <summary>Runs the sweep on two silos (search slots and extra settings each) and returns their shares; results must equal one silo's.</summary>
    private async Task<IReadOnlyList<SiloWork>> RunOnTwoSilosAsync(string name, (int Slots, string[] Settings) first, (int Slots, string[] Settings) second)
    {
        using var cluster = await AzureTestCluster.StartAsync(Folder("azurite-" + name), silos: 0);
        await cluster.AddSiloAsync(first.Slots, first.Settings);
        await cluster.AddSiloAsync(second.Slots, second.Settings);
        var outRoot = Folder(name);
        var grain = await cluster.SubmitAsync(sweep.Data.Root, sweep.SweepArguments(outRoot), Timeout);
        await AzureTestCluster.WaitFor(grain, s => s.Phase == SweepPhase.Completed, Timeout);
        var shares = await grain.GetSilos();
        Assert.Equal(2, shares.Count);
        await sweep.AssertSameResults(outRoot);
        return shares;
    }

    private string Folder(string name) => Path.Combine(sweep.Data.Root, name);

    private static string Describe(IEnumerable<SiloWork> shares) =>
        string.Join("; ", shares.Select(s => $"{s.Silo} {s.Backend}: {s.NeuronsDone} done"));
}
