using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// The outcome of one neuron's search: the best formula (null when no primitive scored above
/// zero), its counts for computing any score, and the candidates and beams for the history file.
/// </summary>
public sealed record SearchResult(
    ScoredFormula? Best,
    OverlapCounts BestCounts,
    NeuronTotals Neuron,
    ScoredFormula? BestSingleLabel,
    IReadOnlyList<ScoredFormula> Candidates,
    IReadOnlyList<IReadOnlyList<ScoredFormula>> BeamHistory,
    long FormulasEvaluated,
    int ImageCount,
    int CellsPerImage)
{
    public bool HasExplanation => Best is not null;

    /// <summary>Unpenalised score of the best formula under <paramref name="kind"/>.</summary>
    public double ScoreOf(ScoreKind kind, double imrouMultiplier) =>
        Best is null ? 0 : Scores.Compute(kind, Neuron, BestCounts, imrouMultiplier, CellsPerImage);

    /// <summary>Fraction of all cells where the neuron fires.</summary>
    public double NeuronCoverage => (double)Neuron.Cells / ((long)ImageCount * CellsPerImage);

    /// <summary>Fraction of all cells the best formula covers.</summary>
    public double FormulaCoverage => (double)BestCounts.FormulaCells / ((long)ImageCount * CellsPerImage);
}
