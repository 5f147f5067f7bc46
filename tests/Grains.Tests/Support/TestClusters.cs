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

    public static async Task<SweepStatus> WaitForCompletion(ISweepGrain sweep, TimeSpan timeout)
    {
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
