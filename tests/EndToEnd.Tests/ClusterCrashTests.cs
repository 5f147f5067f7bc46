using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.Grains;

namespace NeuronOrleans.EndToEnd.Tests;

[Collection(LongSweepCollection.Name)]
public sealed class ClusterCrashTests(LongSweepData sweep) : ClusterCrashScenario(sweep);

[Collection(ThoroughSweepCollection.Name)]
public sealed class ThoroughClusterCrashTests(ThoroughSweepData sweep) : ClusterCrashScenario(sweep);

/// <summary>
/// Three real silo processes on Azurite: one is killed with SIGKILL mid-sweep, and the sweep still
/// finishes every neuron with exactly the results of an uninterrupted run.
/// </summary>
public abstract class ClusterCrashScenario(ReferenceSweepData sweep)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task Killing_one_of_three_silos_mid_sweep_loses_nothing()
    {
        var root = sweep.Data.Root;
        using var cluster = await AzureTestCluster.StartAsync(Path.Combine(root, "azurite"), silos: 3);
        var clustered = Path.Combine(root, "clustered");
        var grain = await cluster.SubmitAsync(root, sweep.SweepArguments(clustered), Timeout);

        var beforeKill = await AzureTestCluster.WaitFor(grain, s => s.Done >= 3, Timeout);
        Assert.True(beforeKill.Finished < beforeKill.Total, "The sweep finished before a silo could be killed.");
        cluster.Silo(1).Kill();

        var status = await AzureTestCluster.WaitFor(grain, s => s.Phase == SweepPhase.Completed, Timeout);
        Assert.Equal(24, status.Done);
        Assert.Equal(0, status.Failed);
        await sweep.AssertSameResults(clustered);
    }
}
