using System.Text;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Model;
using static NeuronOrleans.Reports.Html.HtmlParts;

namespace NeuronOrleans.Reports.Html;

/// <summary>Assembles the page: head with inline assets, histogram, summary, controls, cards.</summary>
internal static class ReportPage
{
    public static string Render(
        IReadOnlyList<NeuronReport> neurons,
        IReadOnlyDictionary<int, ExplanationScores> scores,
        IReadOnlyDictionary<int, IReadOnlyList<CardSample>> samples,
        ReportContext context,
        string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportAssets.Css).Append("</style>\n</head>\n<body>\n<header>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n");

        string scoreName = ScoreNames.Of(context.ReportScore, context.ImrouMultiplier);
        var explainedScores = neurons.Where(n => scores.ContainsKey(n.Neuron)).Select(n => scores[n.Neuron].Report).ToList();
        html.Append("<section class=\"overview\">\n").Append(ScoreHistogram.Render(explainedScores, scoreName)).Append('\n');
        AppendSummary(html, ReportHeadline.Of(neurons, scores, samples, context), scoreName, context);
        if (CertificateHeadline.Of(neurons, context) is { } certificates) AppendCertificates(html, certificates);
        html.Append("</section>\n");
        AppendLegend(html, scoreName);
        html.Append("</header>\n");
        AppendControls(html, neurons.Count);
        html.Append("<main id=\"cards\">\n");
        foreach (var neuron in neurons)
            CardHtml.Append(html, neuron, scores.GetValueOrDefault(neuron.Neuron), samples.GetValueOrDefault(neuron.Neuron, []), context);
        html.Append("</main>\n<script>\n").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, ReportHeadline summary, string scoreName, ReportContext context)
    {
        html.Append("<dl class=\"summary\">");
        Term(html, "neurons", Num.Int(summary.Neurons));
        Term(html, "explained", Num.Int(summary.Explained));
        if (summary.Unexplained > 0) Term(html, "unexplained", Num.Int(summary.Unexplained));
        if (summary.Failed > 0) Term(html, "failed", Num.Int(summary.Failed));
        if (summary.Pending > 0) Term(html, "not finished", Num.Int(summary.Pending));
        Term(html, $"{scoreName} ≥ {Num.Short(context.LowScore)}", Num.Int(summary.AboveLowScore));
        Term(html, "optimised", ScoreNames.Of(context.OptimisationScore, context.ImrouMultiplier));
        Term(html, "distinct labels", Num.Int(summary.DistinctLabels));
        Term(html, "mean length", Output.FixedPoint.Format(summary.MeanLength, 2));
        if (summary.MissingImages > 0) Term(html, "sample images missing", Num.Int(summary.MissingImages));
        html.Append("<div class=\"connectors\"><dt>connectors in the formulas</dt><dd>");
        html.AppendJoin(" · ", summary.Connectors.Select(c => $"<span class=\"op\">{Encode(c.Connector)}</span> {Num.Int(c.Count)}"));
        html.Append("</dd></div></dl>\n");
    }

    private static void AppendCertificates(StringBuilder html, CertificateHeadline summary)
    {
        html.Append("<dl class=\"summary certificates\">");
        Term(html, "provably optimal at length ≤ 2", $"{Num.Int(summary.ProvablyOptimal)} of {Num.Int(summary.Certified)}");
        Term(html, "longer, beating all of length ≤ 2", Num.Int(summary.BeyondLengthTwo));
        Term(html, "beaten by a formula of length ≤ 2", Num.Int(summary.Certified - summary.ProvablyOptimal));
        html.Append("<div class=\"gaps\"><dt>gap to the best formula of length ≤ 2, beaten answers</dt><dd>");
        html.AppendJoin(" · ", summary.GapsOfBeaten.Select(bin => $"{Encode(bin.Range)}: {Num.Int(bin.Count)}"));
        html.Append("</dd></div></dl>\n");
    }

    // What the colours and the captions of every card mean, said once.
    private static void AppendLegend(StringBuilder html, string scoreName) =>
        html.Append("<p class=\"legend\">Per sample: the image with <span class=\"key neuron\"></span>neuron cells and ")
            .Append("<span class=\"key formula\"></span>formula cells tinted, the plain image, and the masks alone ")
            .Append("(<span class=\"key both\"></span>both). Caption: ").Append(Encode(scoreName))
            .Append(" / IoU on that image / image index.</p>\n");

    private static void AppendControls(StringBuilder html, int count) =>
        html.Append("<div class=\"controls\">")
            .Append("<input id=\"filter\" type=\"search\" placeholder=\"Filter by label, category, connector or #neuron\" aria-label=\"Filter\">")
            .Append("<label>Sort by <select id=\"sort\">")
            .Append("<option value=\"neuron\">neuron</option><option value=\"score\">score</option>")
            .Append("<option value=\"iou\">IoU</option><option value=\"length\">length</option></select></label>")
            .Append($"<span id=\"shown\">{Num.Int(count)} of {Num.Int(count)} neurons</span></div>\n");
}
