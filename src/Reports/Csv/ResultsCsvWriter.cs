using System.Globalization;
using NeuronOrleans.Dissection.Csv;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.Csv;

/// <summary>
/// <c>results_{L}_{U}.csv</c> (ALGORITHM §7): the original's four columns, byte-compatible,
/// then ours, then the certificate's when the sweep certifies (§6.8). Neurons ascending;
/// non-explained neurons keep their row with empty formula columns and a status.
/// </summary>
public static class ResultsCsvWriter
{
    public static readonly IReadOnlyList<string> Header =
    [
        "neuron", "category", "formula", "threshold",
        "optimisation_score", "report_score", "iou", "imrou", "imroun", "length", "neuron_coverage", "formula_coverage",
        "best_label", "best_label_score", "status", "message",
    ];

    public static readonly IReadOnlyList<string> CertificateHeader = ["certified_formula", "certified_score", "certificate_gap"];

    /// <summary>Decimals of our score and coverage columns (the original's threshold keeps one).</summary>
    public const int Decimals = 6;

    /// <summary>Writes the file into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, IReadOnlyCollection<NeuronReport> neurons, ReportContext context)
    {
        string path = Path.Combine(folder, ReportNames.ResultsCsv(ReportNames.Suffix(neurons)));
        AtomicFile.WriteText(path, Format(neurons, context));
        return path;
    }

    public static string Format(IEnumerable<NeuronReport> neurons, ReportContext context) =>
        CsvText.Format(context.Certified ? [.. Header, .. CertificateHeader] : Header,
            neurons.OrderBy(n => n.Neuron).Select(neuron => (IReadOnlyList<string>)[.. Row(neuron, context), .. context.Certified ? CertificateColumns(neuron, context) : []]));

    private static IEnumerable<string> Row(NeuronReport neuron, ReportContext context)
    {
        var result = neuron.Explained;
        // Broden label names hold no comma or quote, so formulas stay unquoted as in the
        // original; quoting still keeps the file valid should a dataset ever bring one.
        var formula = result?.Best!.Formula;
        yield return neuron.Neuron.ToString(CultureInfo.InvariantCulture);
        yield return formula?.PrintCategories(context.Labels) ?? "";
        yield return formula?.Print(context.Labels) ?? "";
        yield return FixedPoint.Format(neuron.Threshold, 1);

        var scores = result is null ? null : ExplanationScores.Of(result, context);
        yield return Number(scores?.Optimised);
        yield return Number(scores?.Report);
        yield return Number(scores?.Iou);
        yield return Number(scores?.Imrou);
        yield return Number(scores?.Imroun);
        yield return scores?.Length.ToString(CultureInfo.InvariantCulture) ?? "";
        yield return Number(scores?.NeuronCoverage);
        yield return Number(scores?.FormulaCoverage);
        yield return scores?.BestLabel ?? "";
        yield return Number(scores?.BestLabelScore);
        yield return StatusText.Of(neuron.Status);
        yield return neuron.Failure ?? (neuron.Certificate?.Error is { } error ? $"certificate: {error}" : "");
    }

    private static IEnumerable<string> CertificateColumns(NeuronReport neuron, ReportContext context)
    {
        var best = neuron.Certificate?.BestOfLengthTwo;
        yield return best?.Formula.Print(context.Labels) ?? "";
        yield return Number(best?.Score);
        yield return Number(neuron.CertificateGap);
    }

    private static string Number(double? value) => value is { } v ? FixedPoint.Format(v, Decimals) : "";
}
