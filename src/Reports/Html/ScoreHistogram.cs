using System.Text;

namespace NeuronOrleans.Reports.Html;

/// <summary>
/// The score histogram as inline SVG: equal-width bins from min(0, lowest) to the highest score,
/// mean ± population standard deviation in the title (as the published tables quote them).
/// </summary>
internal static class ScoreHistogram
{
    private const int Bins = 20;
    private const int Width = 600, Height = 200, Left = 40, Right = 24, Bottom = 30, Top = 30;

    public static string Render(IReadOnlyList<double> scores, string scoreName)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"histogram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        string title = Title(scores, scoreName);
        svg.Append("<title>").Append(HtmlParts.Encode(title)).Append("</title>");
        svg.Append($"<text class=\"title\" x=\"{Width / 2}\" y=\"18\" text-anchor=\"middle\">").Append(HtmlParts.Encode(title)).Append("</text>");
        if (scores.Count > 0) AppendBars(svg, scores);
        return svg.Append("</svg>").ToString();
    }

    public static string Title(IReadOnlyList<double> scores, string scoreName)
    {
        if (scores.Count == 0) return $"{scoreName}: no explained neurons";
        double mean = scores.Average();
        double std = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / scores.Count);
        return $"{scoreName}: {Num.Caption(mean)} ± {Num.Caption(std)} over {Num.Int(scores.Count)} neurons";
    }

    private static void AppendBars(StringBuilder svg, IReadOnlyList<double> scores)
    {
        double low = Math.Min(0, scores.Min()), high = scores.Max();
        double width = high > low ? (high - low) / Bins : 1;
        var counts = new int[Bins];
        foreach (var score in scores) counts[Math.Min(Bins - 1, (int)((score - low) / width))]++;
        int most = counts.Max();
        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom, barWidth = plotWidth / Bins;
        for (int b = 0; b < Bins; b++)
        {
            double barHeight = plotHeight * counts[b] / most;
            double x = Left + b * barWidth, y = Top + plotHeight - barHeight;
            string range = $"{Num.Caption(low + b * width)}–{Num.Caption(low + (b + 1) * width)}: {Num.Int(counts[b])}";
            svg.Append($"<rect x=\"{Px(x)}\" y=\"{Px(y)}\" width=\"{Px(barWidth - 1)}\" height=\"{Px(barHeight)}\"><title>{range}</title></rect>");
        }
        double axis = Top + plotHeight;
        svg.Append($"<line x1=\"{Left}\" y1=\"{Px(axis)}\" x2=\"{Px(Left + plotWidth)}\" y2=\"{Px(axis)}\"/>");
        for (int b = 0; b <= Bins; b += 5)
            svg.Append($"<text x=\"{Px(Left + b * barWidth)}\" y=\"{Px(axis + 16)}\" text-anchor=\"middle\">{Num.Caption(low + b * width)}</text>");
        svg.Append($"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{Num.Int(most)}</text>");
        svg.Append($"<text x=\"{Left - 6}\" y=\"{Px(axis)}\" text-anchor=\"end\">0</text>");
    }

    private static string Px(double value) => Output.FixedPoint.Format(value, 1);
}
