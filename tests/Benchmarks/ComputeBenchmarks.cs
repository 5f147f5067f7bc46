using BenchmarkDotNet.Attributes;
using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using static TorchSharp.torch;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// One beam pass (4 members × 50 candidates × close operators, ≈ 1,000 formulas) on a full-size
/// bank, counted by the CPU engine and by the torch backend on CPU tensors; formula evaluations
/// per second = <see cref="Formulas"/> / mean time. The CPU-tensor run measures the code path CI
/// tests, not GPU speed: tests/gpu/check.sh measures that on a GPU machine.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ComputeBenchmarks
{
    private LabelMaskBank _bank = null!;
    private NeuronMask _neuron = null!;
    private ConformancePass _pass = null!;
    private TorchCountBackend _torch = null!;

    /// <summary>Formulas in the timed pass (printed so that evaluations per second can be read off).</summary>
    public int Formulas => _pass.Formulas.Count;

    [GlobalSetup]
    public void Setup()
    {
        _bank = BlobBank.Create(BlobBank.FullImages, 1_200, seed: 2);
        _neuron = ConformanceNeuron.Create(_bank, seed: 3);
        var settings = new SearchSettings { MaxFormulaLength = 2, Operators = OperatorSet.Close };
        _pass = ConformancePass.FromSearch(_bank, new BeamSearch(_bank, settings).Run(_neuron), settings.Operators, passesDone: 1);
        Console.WriteLine($"// Pass of {Formulas} formulas on {_bank.ImageCount} images");
        _torch = new TorchCountBackend(CPU);
    }

    [GlobalCleanup]
    public void Cleanup() => _torch.Dispose();

    [Benchmark(Baseline = true)]
    public FormulaCounts[] CpuEngine() => CountConformance.Count(CpuCountBackend.Instance, _bank, _neuron, _pass, prefixImages: 4_000);

    [Benchmark]
    public FormulaCounts[] TorchOnCpuTensors() => CountConformance.Count(_torch, _bank, _neuron, _pass, prefixImages: 4_000);
}
