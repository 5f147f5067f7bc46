using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// One neuron's penalised optimisation score (ALGORITHM §5), and an admissible upper bound of it
/// for formulas known only by bounds on their counts.
/// </summary>
public sealed class FormulaScorer(SearchSettings settings, NeuronTotals neuron, int cellsPerImage)
{
    public NeuronTotals Neuron => neuron;

    public double Unpenalised(OverlapCounts counts) =>
        Scores.Compute(settings.Score, neuron, counts, settings.ImrouMultiplier, cellsPerImage);

    public double Penalised(OverlapCounts counts, int length) =>
        Scores.Penalised(Unpenalised(counts), length, settings.ComplexityPenalty);

    /// <summary>
    /// A value no formula of this length with counts in <paramref name="range"/> can exceed. Every score
    /// grows with ΣI and falls with Σ N_i·L_i and with the union ΣN + ΣL − ΣI ≥ ΣN + max(0, ΣL − ΣI),
    /// so the bound is the same computation on the most favourable counts in the range; IEEE
    /// arithmetic is monotone, so it is never below the computed score itself.
    /// </summary>
    public double UpperBound(CountRange range, int length)
    {
        double factor = 1 - settings.ComplexityPenalty * (length - 1);
        if (factor <= 0 || !NormalisationIsPositive()) return double.PositiveInfinity;
        long intersection = Math.Min(range.High.Intersection, Math.Min(neuron.Cells, range.High.FormulaCells));
        var favourable = new OverlapCounts(intersection, Math.Max(range.Low.FormulaCells, intersection), range.Low.NeuronFormulaProducts);
        // A formula whose numerator cannot be positive scores at most 0, however large its union.
        return Scores.Penalised(Math.Max(Unpenalised(favourable), 0), length, settings.ComplexityPenalty);
    }

    /// <summary>ImRoUn divides by the neuron's own ImRoU, which is positive unless r = 1 and every firing image fires in full.</summary>
    private bool NormalisationIsPositive() =>
        settings.Score != ScoreKind.Imroun || neuron.Cells == 0 || neuron.Cells - settings.ImrouMultiplier / cellsPerImage * neuron.SquaredCells > 0;
}
