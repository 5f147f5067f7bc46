using Orleans.TestingHost;

namespace NeuronOrleans.Grains.Tests.Support;

internal static class TestClusters
{
    public static TestCluster Start<TConfigurator>(short silos, string storageFolder) where TConfigurator : ISiloConfigurator, new()
    {
        var builder = new TestClusterBuilder(silos);
        builder.Properties[CpuSiloConfigurator.StorageFolderKey] = storageFolder;
        builder.AddSiloBuilderConfigurator<TConfigurator>();
        var cluster = builder.Build();
        cluster.Deploy();
        return cluster;
    }

    private static readonly TimeSpan SweepTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Submits a sweep and waits until it has completed.</summary>
    public static async Task<(ISweepGrain Sweep, SweepStatus Status)> RunSweep(IGrainFactory grains, SweepSpec spec)
    {
        var sweep = grains.GetGrain<ISweepGrain>(spec.SweepId);
        await sweep.Submit(spec);
        return (sweep, await WaitForCompletion(sweep));
    }

    public static async Task<SweepStatus> WaitForCompletion(ISweepGrain sweep)
    {
        var timeout = SweepTimeout;
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await sweep.GetStatus();
            if (status.Phase == SweepPhase.Completed) return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Sweep {status.SweepId} still {status.Phase} ({status.Finished}/{status.Total}) after {timeout}.");
            await Task.Delay(100);
        }
    }
}
