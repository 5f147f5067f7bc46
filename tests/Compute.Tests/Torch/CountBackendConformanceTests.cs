using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Tests.Torch;

/// <summary>
/// Every count of a backend equals the CPU engine's: random banks and neurons, every connector
/// and nesting the search builds, several prefixes and sizes, beam changes between passes.
/// Subclasses supply the backend configuration.
/// </summary>
public abstract class CountBackendConformanceTests
{
    protected abstract ICountBackend Backend { get; }

    public static TheoryData<int, int, int> Banks => new()
    {
        { 1, 1, 0 }, { 2, 63, 20 }, { 3, 64, 64 }, { 4, 65, 200 }, { 5, 400, 120 }, { 6, 400, 0 }, { 7, 1_000, 4_000 },
    };

    [Theory]
    [MemberData(nameof(Banks))]
    public void A_pass_of_every_formula_shape_counts_like_the_cpu_engine(int seed, int images, int prefix)
    {
        var bank = ConformanceBank.Create(seed, images, labels: 24);
        var neuron = ConformanceNeuron.Create(bank, seed + 100);
        var pass = ConformancePass.Create(bank, seed + 200);
        Assert.Empty(CountConformance.Differences(CpuCountBackend.Instance, Backend, bank, neuron, pass, prefix));
    }

    [Fact]
    public void Every_primitive_counts_like_the_cpu_engine()
    {
        var bank = ConformanceBank.Create(seed: 8, images: 500, labels: 40);
        var neuron = ConformanceNeuron.Create(bank, seed: 9);
        var primitives = bank.Primitives().ToList();
        Assert.Equal(
            CountConformance.Count(CpuCountBackend.Instance, bank, neuron, [], [], primitives, 0),
            CountConformance.Count(Backend, bank, neuron, [], [], primitives, 0));
    }

    [Fact]
    public void Passes_with_changing_beams_and_repeated_formulas_count_like_the_cpu_engine()
    {
        var bank = ConformanceBank.Create(seed: 10, images: 300, labels: 30);
        var neuron = ConformanceNeuron.Create(bank, seed: 11);
        using var expected = CpuCountBackend.Instance.Open(bank, neuron);
        using var actual = Backend.Open(bank, neuron);
        for (int round = 0; round < 4; round++)
        {
            var pass = ConformancePass.Create(bank, seed: 12 + round);
            // Later rounds keep part of the previous beam, as the search does, and repeat formulas.
            List<Formula> formulas = [.. pass.Formulas, .. pass.Formulas.Take(5), .. pass.Beam];
            var a = new FormulaCounts[formulas.Count];
            var b = new FormulaCounts[formulas.Count];
            expected.BeginPass(pass.Beam, pass.Candidates);
            actual.BeginPass(pass.Beam, pass.Candidates);
            expected.Count(formulas, 100, a);
            actual.Count(formulas, 100, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Formulas_outside_the_announced_beam_still_count_exactly()
    {
        var bank = ConformanceBank.Create(seed: 14, images: 300, labels: 30);
        var neuron = ConformanceNeuron.Create(bank, seed: 15);
        var pass = ConformancePass.Create(bank, seed: 16);
        Assert.Equal(
            CountConformance.Count(CpuCountBackend.Instance, bank, neuron, [], [], pass.Formulas, 77),
            CountConformance.Count(Backend, bank, neuron, [], [], pass.Formulas, 77));
    }

    [Theory]
    [InlineData(8, 8)]
    [InlineData(14, 14)]
    public void Grids_beyond_one_signed_word_are_counted_by_the_cpu_engine(int height, int width)
    {
        var bank = ConformanceBank.Create(seed: 17, images: 60, labels: 12, new GridShape(height, width));
        var neuron = ConformanceNeuron.Create(bank, seed: 18);
        var pass = ConformancePass.Create(bank, seed: 19);
        Assert.Empty(CountConformance.Differences(CpuCountBackend.Instance, Backend, bank, neuron, pass, 20));
    }
}

public sealed class TorchCpuConformanceTests : CountBackendConformanceTests
{
    protected override ICountBackend Backend => TorchCpu.Shared;
}

/// <summary>A budget of a few rows per batch: every pass is split into many batches and pins span several.</summary>
public sealed class TorchCpuSmallBatchConformanceTests : CountBackendConformanceTests
{
    private static readonly TorchCountBackend SmallBatches = new(CPU, new TorchCountOptions { MaxBatchBytes = 3 * 8 * 400, MaxConcurrentBatches = 1 });

    protected override ICountBackend Backend => SmallBatches;
}
