using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search;

/// <summary>A formula with its penalised optimisation score for one neuron.</summary>
public sealed record ScoredFormula(Formula Formula, double Score);
