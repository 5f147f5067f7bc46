using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Reports.Output;

/// <summary>How a sweep's results are presented (ALGORITHM §7); they do not change any result.</summary>
public sealed record ReportOptions
{
    /// <summary>The score shown to readers (histogram, cards, captions, report_score column).</summary>
    public ScoreKind ReportScore { get; init; } = ScoreKind.Imroun;

    /// <summary>Write the HTML report with images (slow on big sweeps; CSV and history are always written).</summary>
    public bool Html { get; init; } = true;
}
