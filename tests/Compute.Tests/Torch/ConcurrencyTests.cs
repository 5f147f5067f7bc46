using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Search;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Tests.Torch;

/// <summary>Several neuron searches share one backend and one resident bank, as the grains of a silo do.</summary>
public class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_searches_share_one_resident_bank_and_each_equals_the_cpu_engine()
    {
        var bank = ConformanceBank.Create(seed: 31, images: 600, labels: 40);
        var settings = new SearchSettings { CandidateCount = 10, CutoffImages = 200 };
        var neurons = Enumerable.Range(0, 6).Select(i => ConformanceNeuron.Create(bank, 40 + i)).ToList();
        var expected = neurons.Select(n => new BeamSearch(bank, settings).Run(n)).ToList();
        using var backend = new TorchCountBackend(CPU, new TorchCountOptions { MaxConcurrentBatches = 2, MaxBatchBytes = 600 * 8 * 50 });

        var actual = await Task.WhenAll(neurons.Select(n => Task.Run(() => new BeamSearch(bank, settings, backend).Run(n))));

        for (int i = 0; i < neurons.Count; i++) Assert.Null(SearchComparison.FirstDifference(expected[i], actual[i]));
        Assert.Equal(1, backend.Banks.Uploads);
        Assert.Equal(1, backend.Banks.ResidentCount);
    }
}
