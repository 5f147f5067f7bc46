using System.Diagnostics;
using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using static TorchSharp.torch;

namespace NeuronOrleans.GpuCheck;

/// <summary>
/// The device check: on a synthetic bank of full size, the torch backend (CUDA when there is a
/// GPU, else CPU tensors) must count every formula shape and run whole searches exactly like the
/// CPU engine; then both evaluate the same beam passes and formulas per second are printed.
/// Exit code 0 only when everything was equal.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return Check(CheckOptions.Parse(args));
        }
        catch (TypeInitializationException error)
        {
            Console.Error.WriteLine($"libtorch could not be loaded: {error.InnerException?.Message ?? error.Message}");
            return 2;
        }
    }

    private static int Check(CheckOptions options)
    {
        bool hasGpu = TorchDevices.TryCuda(out var device, out string reason);
        Console.WriteLine($"libtorch {__version__}; CUDA: {reason}");
        if (!hasGpu) Console.WriteLine("No CUDA device: checking the same kernels on CPU tensors.");
        using var backend = new TorchCountBackend(device ?? CPU);
        Console.WriteLine($"Backend under test: {backend.Name} on {backend.Device}");

        bool selfTest = backend.SelfTest(out string report);
        Console.WriteLine(report);

        var clock = Stopwatch.StartNew();
        var bank = ConformanceBank.Create(seed: 1, options.Images, options.Labels);
        Console.WriteLine($"Bank: {options.Images} images, {options.Labels} labels, {bank.Primitives().Count()} non-empty primitives ({clock.Elapsed.TotalSeconds:F1} s)");

        bool countsEqual = CheckCounts(bank, backend);
        bool searchesEqual = CheckSearches(bank, backend, options);
        bool ok = selfTest && countsEqual && searchesEqual;
        Console.WriteLine(ok ? "RESULT: equal to the CPU engine" : "RESULT: DIFFERENT from the CPU engine");
        return ok ? 0 : 1;
    }

    private static bool CheckCounts(LabelMaskBank bank, TorchCountBackend backend)
    {
        var neuron = ConformanceNeuron.Create(bank, seed: 2);
        var pass = ConformancePass.Create(bank, seed: 3);
        var differences = CountConformance.Differences(CpuCountBackend.Instance, backend, bank, neuron, pass, prefixImages: 4_000);
        Console.WriteLine($"Counts of every formula shape: {pass.Formulas.Count} formulas, {differences.Count} different");
        foreach (var difference in differences.Take(5)) Console.WriteLine($"  {difference}");
        return differences.Count == 0;
    }

    /// <summary>Whole searches on both backends, then each search's second pass timed on both.</summary>
    private static bool CheckSearches(LabelMaskBank bank, TorchCountBackend backend, CheckOptions options)
    {
        var settings = new SearchSettings { Operators = OperatorSet.Close };
        bool equal = true;
        var timing = new PassTiming();
        for (int seed = 0; seed < options.Neurons; seed++)
        {
            var neuron = ConformanceNeuron.Create(bank, 10 + seed);
            var (expected, cpuSeconds) = Timed(() => new BeamSearch(bank, settings).Run(neuron));
            var (actual, torchSeconds) = Timed(() => new BeamSearch(bank, settings, backend).Run(neuron));
            string? difference = SearchComparison.FirstDifference(expected, actual);
            equal &= difference is null;
            Console.WriteLine($"Search {seed}: {difference ?? "equal"}; {expected.FormulasEvaluated} formulas, cpu {cpuSeconds:F2} s, {backend.Name} {torchSeconds:F2} s; best {expected.Best?.Formula.Print(bank.Labels)}");
            if (expected.BeamHistory.Count > 1)
                timing.Add(bank, neuron, ConformancePass.FromSearch(bank, expected, settings.Operators, passesDone: 1), backend, options.Repeats);
        }
        timing.Print(backend.Name);
        return equal;
    }

    private static (T Value, double Seconds) Timed<T>(Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var value = run();
        return (value, clock.Elapsed.TotalSeconds);
    }
}
