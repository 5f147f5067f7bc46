using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Reports.Model;

/// <summary>
/// Everything the writers need besides the per-neuron results. Only the HTML report uses the
/// images, masks and sampling knobs.
/// </summary>
public sealed record ReportContext
{
    public required LabelTable Labels { get; init; }

    /// <summary>The score the search maximised (its penalised value is the CSV's optimisation_score).</summary>
    public ScoreKind OptimisationScore { get; init; } = ScoreKind.Imroun;

    /// <summary>The score shown to readers (histogram, cards, captions, report_score column).</summary>
    public ScoreKind ReportScore { get; init; } = ScoreKind.Imroun;

    /// <summary>The r of ImRoU_r for every score computed here.</summary>
    public double ImrouMultiplier { get; init; } = 0.75;

    /// <summary>Absolute path of each probe image's 224×224 JPEG, by image index.</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];

    /// <summary>Label masks for evaluating each best formula over the dataset.</summary>
    public LabelMaskBank? Bank { get; init; }

    /// <summary>A neuron's mask over the whole dataset, by neuron index.</summary>
    public Func<int, NeuronMask>? NeuronMask { get; init; }

    /// <summary>Sample images per card.</summary>
    public int SamplesPerCard { get; init; } = 5;

    /// <summary>The sweep certifies its answers (ALGORITHM §6.8): the CSV gets the certificate's columns, the HTML its summary.</summary>
    public bool Certified { get; init; }

    /// <summary>Formulas scoring below this are shown grey and not counted as explained units.</summary>
    public double LowScore { get; init; } = 0.01;
}
