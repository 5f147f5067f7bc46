using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.Model;

/// <summary>
/// Everything the writers need besides the per-neuron results. Only the HTML report uses the
/// probe images.
/// </summary>
public sealed record ReportContext
{
    public required LabelTable Labels { get; init; }

    /// <summary>The settings of the search the results come from.</summary>
    public SearchSettings Search { get; init; } = new();

    /// <summary>How the results are presented.</summary>
    public ReportOptions Report { get; init; } = new();

    /// <summary>The score the search maximised (its penalised value is the CSV's optimisation_score).</summary>
    public ScoreKind OptimisationScore => Search.Score;

    /// <summary>The score shown to readers (histogram, cards, captions, report_score column).</summary>
    public ScoreKind ReportScore => Report.ReportScore;

    /// <summary>The r of ImRoU_r for every score computed here.</summary>
    public double ImrouMultiplier => Search.ImrouMultiplier;

    /// <summary>Absolute path of each probe image's 224×224 JPEG, by image index.</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];

    /// <summary>The sweep certifies its answers (ALGORITHM §6.8): the CSV gets the certificate's columns, the HTML its summary.</summary>
    public bool Certified { get; init; }

    /// <summary>Formulas scoring below this are shown grey and not counted as explained units.</summary>
    public double LowScore { get; init; } = 0.01;
}
