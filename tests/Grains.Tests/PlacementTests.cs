using NeuronOrleans.Grains.Tests.Support;

namespace NeuronOrleans.Grains.Tests;

[Collection(TwoSiloCluster.Name)]
public sealed class PlacementTests(SweepData data)
{
    [Fact]
    public async Task Neuron_grains_prefer_the_silo_that_advertises_a_gpu()
    {
        using var cluster = TestClusters.Start<PrimaryGpuSiloConfigurator>(2, Path.Combine(data.Root, "gpu-state"));
        var spec = data.Spec(0, 5, maxLength: 2, outputRoot: Path.Combine(data.Root, "gpu"));
        await TestClusters.RunSweep(cluster.GrainFactory, spec);
        var silos = await Task.WhenAll(spec.Neurons.Select(async n =>
            (await cluster.GrainFactory.GetGrain<INeuronGrain>(NeuronGrainKeys.For(spec.SweepId, n)).GetOutcome())!.Silo));
        Assert.Single(silos.Distinct());
        Assert.Equal(cluster.Primary!.SiloAddress.ToString(), silos[0]);
        cluster.StopAllSilos();
    }
}
