using System.Diagnostics;
using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.GpuCheck;

/// <summary>Formula evaluations per second of the CPU engine and a backend on the same beam passes.</summary>
internal sealed class PassTiming
{
    private long _formulas;
    private double _cpuSeconds, _backendSeconds;

    public void Add(LabelMaskBank bank, NeuronMask neuron, ConformancePass pass, ICountBackend backend, int repeats)
    {
        Run(CpuCountBackend.Instance, bank, neuron, pass, 1); // warm-up: JIT, bank upload, allocator
        Run(backend, bank, neuron, pass, 1);
        _cpuSeconds += Run(CpuCountBackend.Instance, bank, neuron, pass, repeats);
        _backendSeconds += Run(backend, bank, neuron, pass, repeats);
        _formulas += (long)pass.Formulas.Count * repeats;
    }

    public void Print(string backendName)
    {
        if (_formulas == 0) return;
        double cpu = _formulas / _cpuSeconds, backend = _formulas / _backendSeconds;
        Console.WriteLine($"Beam passes, {_formulas} formula evaluations: cpu {cpu:F0} evals/s, {backendName} {backend:F0} evals/s, speed-up {backend / cpu:F2}x");
    }

    /// <summary>Seconds for <paramref name="repeats"/> passes, each in a fresh session as a neuron's pass would start.</summary>
    private static double Run(ICountBackend backend, LabelMaskBank bank, NeuronMask neuron, ConformancePass pass, int repeats)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < repeats; i++) CountConformance.Count(backend, bank, neuron, pass, prefixImages: 4_000);
        return clock.Elapsed.TotalSeconds;
    }
}
