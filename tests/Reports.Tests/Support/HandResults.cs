using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Model;

namespace NeuronOrleans.Reports.Tests.Support;

/// <summary>
/// Search results assembled by hand, with counts chosen so that every score can be checked on
/// paper: 100 images of 49 cells.
/// </summary>
internal static class HandResults
{
    public const int Images = 100;

    public static readonly LabelTable Labels = new([
        new Label(1, "car", "object"),
        new Label(2, "boat", "object"),
        new Label(3, "sky", "object"),
        new Label(4, "highway-s", "scene"),
        new Label(5, "field-cultivated-s", "scene"),
        new Label(6, "work surface", "object"),
        new Label(7, "white-c", "color"),
        new Label(8, "theater-indoor procenium-s", "scene"),
    ]);

    public static readonly ReportContext Context = new() { Labels = Labels };

    public static Formula Parse(string text) => new FormulaParser(Labels).Parse(text);

    public static ScoredFormula Scored(string text, double score) => new(Parse(text), score);

    /// <summary>
    /// Neuron 10 (explained, three passes, a candidate line that wraps), neuron 3 (a single
    /// label), neuron 7 (no explanation), neuron 12 (failed, message needing CSV quotes).
    /// Thresholds 0.25 and 4.75 sit exactly on a rounding midpoint of %.1f.
    /// </summary>
    public static IReadOnlyList<NeuronReport> Neurons() =>
    [
        new NeuronReport(12, 4.62, null, "Image 5, \"broken.jpg\": cannot decode"),
        new NeuronReport(10, 0.25, Neuron10()),
        new NeuronReport(7, 5.07, new SearchResult(null, default, new NeuronTotals(0, 0), null, [], [[]], 16, Images, 49)),
        new NeuronReport(3, 4.75, Neuron3()),
    ];

    /// <summary>
    /// <see cref="Neurons"/> certified (ALGORITHM §6.8): neuron 10's answer (0.333332) beaten by
    /// <paramref name="bestOfLengthTwo10"/>'s score, neuron 3's answer its own certificate, neuron 7 without answer.
    /// </summary>
    public static IReadOnlyList<NeuronReport> Certified(double bestOfLengthTwo10) => [.. Neurons().Select(neuron => neuron.Neuron switch
    {
        10 => neuron with { Certificate = new Certificate(Scored("(highway-s OR sky)", bestOfLengthTwo10)) },
        3 => neuron with { Certificate = new Certificate(Scored("car-X", 0.5)) },
        7 => neuron with { Certificate = new Certificate(null) },
        _ => neuron,
    })];

    private static SearchResult Neuron10()
    {
        var candidates = new[]
        {
            Scored("highway-s", 0.21), Scored("field-cultivated-s", 0.15), Scored("sky", 0.12), Scored("car-X", 0.1),
            Scored("theater-indoor procenium-s", 0.05), Scored("work surface-X", 0.04), Scored("white-c-X", 0.03),
            Scored("boat", 0.02), Scored("car", 0.01), Scored("boat-X", 0.009), Scored("sky-X", 0.008),
            Scored("work surface", 0.007), Scored("white-c", 0.006),
        };
        IReadOnlyList<IReadOnlyList<ScoredFormula>> beams =
        [
            [Scored("highway-s", 0.21), Scored("field-cultivated-s", 0.15), Scored("sky", 0.12), Scored("car-X", 0.1)],
            [Scored("(highway-s OR field-cultivated-s)", 0.2997), Scored("(highway-s AND NOT sky)", 0.24975), Scored("highway-s", 0.21), Scored("(sky CLOSE TO car-X)", 0.1998)],
            [Scored("((highway-s OR field-cultivated-s) AND NOT sky)", 0.333332), Scored("(highway-s OR field-cultivated-s)", 0.2997)],
        ];
        return new SearchResult(beams[2][0], new OverlapCounts(120, 300, 3000), new NeuronTotals(200, 1600),
            candidates[0], candidates, beams, 1234, Images, 49);
    }

    private static SearchResult Neuron3()
    {
        var best = Scored("car-X", 0.5);
        return new SearchResult(best, new OverlapCounts(49, 98, 2401), new NeuronTotals(98, 4802), best, [best], [[best]], 16, Images, 49);
    }
}
