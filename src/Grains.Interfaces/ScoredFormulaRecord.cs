namespace NeuronOrleans.Grains;

/// <summary>A formula in the engine's name-free encoding with its penalised score.</summary>
[GenerateSerializer, Immutable]
public sealed record ScoredFormulaRecord([property: Id(0)] string Formula, [property: Id(1)] double Score);
