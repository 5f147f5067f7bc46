using System.Globalization;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Model;

namespace NeuronOrleans.Reports.Output;

/// <summary>The original's file and folder names (ALGORITHM §7), suffixed <c>{L}_{U}</c>.</summary>
public static class ReportNames
{
    /// <summary><c>{L}_{U}</c>: the smallest and largest neuron index of the report.</summary>
    public static string Suffix(IReadOnlyCollection<NeuronReport> neurons)
    {
        if (neurons.Count == 0) throw new ArgumentException("A report needs at least one neuron.", nameof(neurons));
        return Invariant($"{neurons.Min(n => n.Neuron)}_{neurons.Max(n => n.Neuron)}");
    }

    public static string ResultsCsv(string suffix) => $"results_{suffix}.csv";

    public static string History(string suffix) => $"history_{suffix}.txt";

    public static string Html(string suffix) => $"{suffix}.html";

    public static string ImagesFolder(string suffix) => $"images_{suffix}";

    /// <summary>
    /// <c>FL{max length}_{iou|imrou{100·r}}_{X{expansion threshold}|N}_{close|standard}[_EASY][_THOROUGH]</c>, as the
    /// original names them: ImRoU and ImRoUn runs alike (the folder's settings file tells them apart). The
    /// thorough search's suffix keeps its results apart from the original's, as easy mode's does.
    /// </summary>
    public static string OutputFolder(SearchSettings settings, bool expansions, int expansionThreshold)
    {
        string score = settings.Score switch
        {
            ScoreKind.Iou => "iou",
            ScoreKind.Imrou or ScoreKind.Imroun => "imrou" + Percent(settings.ImrouMultiplier),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Score, "Unknown score kind."),
        };
        string expansion = expansions ? Invariant($"X{expansionThreshold}") : "N";
        string operators = settings.Operators == OperatorSet.Close ? "close" : "standard";
        string easy = settings.EasyMode ? "_EASY" : "";
        string thorough = settings.Mode == SearchMode.Thorough ? "_THOROUGH" : "";
        return Invariant($"FL{settings.MaxFormulaLength}_{score}_{expansion}_{operators}{easy}{thorough}");
    }

    // 0.75 → "75"; a multiplier like 0.125 keeps its fraction ("12.5") instead of colliding with 0.12.
    private static string Percent(double multiplier) =>
        Math.Round(100 * multiplier, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
