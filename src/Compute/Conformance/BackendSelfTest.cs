using System.Diagnostics;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Compute.Conformance;

/// <summary>
/// A start-up check of a compute backend against the CPU engine: one synthetic pass with every
/// formula shape, on a bank small enough to take well under a second, and one whole search.
/// </summary>
public static class BackendSelfTest
{
    private const int Images = 700, Labels = 30, Prefix = 250;

    public static bool Run(ICountBackend backend, out string report)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var bank = ConformanceBank.Create(seed: 11, Images, Labels);
            var neuron = ConformanceNeuron.Create(bank, seed: 12);
            var pass = ConformancePass.Create(bank, seed: 13);
            var differences = CountConformance.Differences(CpuCountBackend.Instance, backend, bank, neuron, pass, Prefix);
            if (differences.Count > 0)
            {
                report = $"{backend.Name} self-test failed: {differences.Count} of {pass.Formulas.Count} formulas count differently from the CPU engine, e.g. {differences[0]}";
                return false;
            }
            var settings = new SearchSettings { CandidateCount = 10, CutoffImages = Prefix };
            var difference = SearchComparison.FirstDifference(
                new BeamSearch(bank, settings).Run(neuron), new BeamSearch(bank, settings, backend).Run(neuron));
            if (difference is not null)
            {
                report = $"{backend.Name} self-test failed: its beam search differs from the CPU engine's ({difference})";
                return false;
            }
            report = $"{backend.Name} self-test passed in {clock.ElapsedMilliseconds} ms: {pass.Formulas.Count} formulas and a beam search equal to the CPU engine";
            return true;
        }
        catch (Exception error)
        {
            report = $"{backend.Name} self-test failed: {error.GetType().Name}: {error.Message}";
            return false;
        }
    }
}
