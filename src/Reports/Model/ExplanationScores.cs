using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Reports.Model;

/// <summary>The numbers shown for one explained neuron, computed once from its search result.</summary>
public sealed record ExplanationScores(
    double Optimised,
    double Report,
    double Iou,
    double Imrou,
    double Imroun,
    int Length,
    double NeuronCoverage,
    double FormulaCoverage,
    string BestLabel,
    double BestLabelScore)
{
    /// <summary>
    /// <paramref name="result"/> must hold a best formula. Optimised is the penalised score the
    /// search ranked by; the others are unpenalised.
    /// </summary>
    public static ExplanationScores Of(SearchResult result, ReportContext context)
    {
        var best = result.Best ?? throw new ArgumentException("The search result has no best formula.", nameof(result));
        // A best formula implies a positive primitive, hence a best single label.
        var single = result.BestSingleLabel!;
        double r = context.ImrouMultiplier;
        return new ExplanationScores(
            best.Score,
            result.ScoreOf(context.ReportScore, r),
            result.ScoreOf(ScoreKind.Iou, r),
            result.ScoreOf(ScoreKind.Imrou, r),
            result.ScoreOf(ScoreKind.Imroun, r),
            best.Formula.Length,
            result.NeuronCoverage,
            result.FormulaCoverage,
            single.Formula.Print(context.Labels),
            single.Score);
    }
}
