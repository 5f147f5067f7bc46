using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Reports.Html;

/// <summary>Reader-facing names of the scores, with the r of ImRoU_r.</summary>
internal static class ScoreNames
{
    public static string Of(ScoreKind kind, double imrouMultiplier) => kind switch
    {
        ScoreKind.Iou => "IoU",
        ScoreKind.Imrou => $"ImRoU{Subscript(imrouMultiplier)}",
        ScoreKind.Imroun => $"ImRoUn{Subscript(imrouMultiplier)}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Subscript(double r) => "_" + r.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
