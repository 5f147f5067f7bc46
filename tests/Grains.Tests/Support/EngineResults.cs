using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains.Neurons;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Grains.Tests.Support;

/// <summary>The truth a sweep must reproduce: the engine called directly, neuron by neuron.</summary>
internal static class EngineResults
{
    public static NeuronOutcome For(SweepData data, SweepSpec spec, int neuron)
    {
        using var sources = new ActivationSources();
        var neuronData = sources.Load(spec.Activations, neuron);
        var result = new BeamSearch(data.Bank, spec.Search.ToSearchSettings()).Run(neuronData.Mask);
        return NeuronOutcomes.From(neuron, neuronData.Threshold, result);
    }

    /// <summary>The neuron's certificate (ALGORITHM §6.8), from a search that has run no pass.</summary>
    public static ScoredFormulaRecord? BestOfLengthTwo(SweepData data, SweepSpec spec, int neuron)
    {
        using var sources = new ActivationSources();
        using var search = new BeamSearch(data.Bank, spec.Search.ToSearchSettings()).Start(sources.Load(spec.Activations, neuron).Mask);
        return NeuronOutcomes.Record(search.BestOfLengthTwo());
    }

    /// <summary>The parts of an outcome that the computation determines (not where or how it ran).</summary>
    public static string Describe(NeuronOutcome outcome) => string.Join(" | ",
        outcome.Neuron, outcome.Threshold.ToString("R"), outcome.Error ?? "",
        outcome.Best?.Formula ?? "none", outcome.Best?.Score.ToString("R") ?? "",
        outcome.Intersection, outcome.FormulaCells, outcome.NeuronFormulaProducts, outcome.NeuronCells,
        string.Join(";", outcome.Candidates.Select(c => c.Formula)),
        string.Join(";", outcome.BeamHistory.Select(b => string.Join(",", b.Select(m => $"{m.Formula}={m.Score:R}")))));
}
