using NeuronOrleans.Reports.Model;

namespace NeuronOrleans.Reports.Html;

/// <summary>
/// How a sweep's answers fare against their certificates (ALGORITHM §6.8): how many are provably
/// optimal among formulas of length ≤ 2, how many of those are longer formulas beating them all,
/// and how far the beaten ones fall short.
/// </summary>
internal sealed record CertificateHeadline(int Certified, int ProvablyOptimal, int BeyondLengthTwo, IReadOnlyList<(string Range, int Count)> GapsOfBeaten)
{
    private static readonly (double Upper, string Range)[] Bins = [(0.01, "≤ 0.01"), (0.05, "0.01–0.05"), (0.1, "0.05–0.1"), (double.PositiveInfinity, "> 0.1")];

    /// <summary>Null when the sweep does not certify.</summary>
    public static CertificateHeadline? Of(IReadOnlyList<NeuronReport> neurons, ReportContext context)
    {
        if (!context.Certified) return null;
        var gaps = neurons.Select(n => n.CertificateGap).OfType<double>().ToList();
        var beaten = gaps.Where(gap => gap > 0).ToList();
        return new CertificateHeadline(gaps.Count, gaps.Count(gap => gap <= 0), gaps.Count(gap => gap < 0),
            [.. Bins.Select((bin, i) => (bin.Range, beaten.Count(gap => gap <= bin.Upper && (i == 0 || gap > Bins[i - 1].Upper))))]);
    }
}
