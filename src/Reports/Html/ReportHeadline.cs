using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Model;

namespace NeuronOrleans.Reports.Html;

/// <summary>The report's headline numbers over the explained neurons.</summary>
internal sealed record ReportHeadline(
    int Neurons,
    int Explained,
    int Unexplained,
    int Failed,
    int Pending,
    int AboveLowScore,
    int DistinctLabels,
    double MeanLength,
    IReadOnlyList<(string Connector, int Count)> Connectors,
    int MissingImages)
{
    public static ReportHeadline Of(IReadOnlyList<NeuronReport> neurons, IReadOnlyDictionary<int, ExplanationScores> scores,
        IReadOnlyDictionary<int, IReadOnlyList<CardSample>> samples, ReportContext context)
    {
        var formulas = neurons.Where(n => n.Explained is not null).Select(n => n.Explained!.Best!.Formula).ToList();
        var connectorCounts = formulas.SelectMany(FormulaParts.Connectors).CountBy(c => c).ToDictionary();
        return new ReportHeadline(
            neurons.Count,
            formulas.Count,
            Count(neurons, ExplanationStatus.Unexplained),
            Count(neurons, ExplanationStatus.Failed),
            Count(neurons, ExplanationStatus.Pending),
            scores.Values.Count(s => s.Report >= context.LowScore),
            formulas.SelectMany(FormulaParts.Labels).Distinct().Count(),
            formulas.Count == 0 ? 0 : formulas.Average(f => f.Length),
            [.. FormulaParts.ConnectorWords.Select(c => (c, connectorCounts.GetValueOrDefault(c)))],
            samples.Values.SelectMany(s => s).Where(s => !s.HasPhoto).Select(s => s.Image).Distinct().Count());
    }

    private static int Count(IEnumerable<NeuronReport> neurons, ExplanationStatus status) => neurons.Count(n => n.Status == status);
}
