using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Grains.Tests.Support;

/// <summary>
/// The truth a sweep must reproduce: the engine called directly, neuron by neuron, on the activations
/// as generated (not as the product reads them), thresholded by numpy's Hazen percentile written out here.
/// </summary>
internal static class EngineResults
{
    public static NeuronOutcome For(SweepData data, SweepSpec spec, int neuron)
    {
        var (mask, threshold) = NeuronMaskOf(data, neuron);
        return new NeuronOutcome { Neuron = neuron, Threshold = threshold, Result = new BeamSearch(data.Bank, spec.Search).Run(mask) };
    }

    /// <summary>The neuron's certificate (ALGORITHM §6.8), from a search that has run no pass.</summary>
    public static ScoredFormula? BestOfLengthTwo(SweepData data, SweepSpec spec, int neuron)
    {
        using var search = new BeamSearch(data.Bank, spec.Search).Start(NeuronMaskOf(data, neuron).Mask);
        return search.BestOfLengthTwo();
    }

    /// <summary>Cells above numpy.percentile(values, 100*994/999, method="hazen") (ALGORITHM §3), bit c of word i for image i's cell c.</summary>
    private static (NeuronMask Mask, double Threshold) NeuronMaskOf(SweepData data, int neuron)
    {
        var values = data.NeuronValues(neuron);
        var sorted = values.Select(v => (double)v).Order().ToArray();
        // numpy: virtual index n·q + 0.5 − 1 between two sorted values, and its _lerp, which
        // interpolates from the upper value when the fraction is at least one half.
        double index = sorted.Length * (100.0 * 994 / 999 / 100) + 0.5 - 1;
        double fraction = index - Math.Floor(index);
        double lower = sorted[(int)Math.Clamp(Math.Floor(index), 0, sorted.Length - 1)];
        double upper = sorted[(int)Math.Clamp(Math.Floor(index) + 1, 0, sorted.Length - 1)];
        double threshold = fraction >= 0.5 ? upper - (upper - lower) * (1 - fraction) : lower + (upper - lower) * fraction;

        int cells = data.Bank.Grid.Cells;
        var bits = new ulong[data.Bank.ImageCount];
        for (int i = 0; i < values.Length; i++)
            if (values[i] > threshold) bits[i / cells] |= 1UL << (i % cells);
        return (new NeuronMask(bits, data.Bank.ImageCount, data.Bank.Grid), threshold);
    }

    /// <summary>The parts of an outcome that the computation determines (not where or how it ran).</summary>
    public static string Describe(NeuronOutcome outcome) => string.Join(" | ",
        outcome.Neuron, outcome.Threshold.ToString("R"), outcome.Error ?? "",
        Describe(outcome.Result?.Best), outcome.Result?.BestCounts, outcome.Result?.Neuron,
        string.Join(";", outcome.Result?.Candidates.Select(Describe) ?? []),
        string.Join(";", outcome.Result?.BeamHistory.Select(b => string.Join(",", b.Select(Describe))) ?? []));

    /// <summary>A formula in the engine's encoding with its exact score.</summary>
    public static string Describe(ScoredFormula? scored) => scored is null ? "none" : $"{FormulaCodec.Encode(scored.Formula)}={scored.Score:R}";
}
