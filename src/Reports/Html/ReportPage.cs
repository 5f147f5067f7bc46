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
        AppendSummary(html, SweepSummary.Of(neurons, scores, context), scoreName, context);
        html.Append("</section>\n");
        AppendControls(html, neurons.Count);
        html.Append("</header>\n<main id=\"cards\">\n");
        foreach (var neuron in neurons)
            CardHtml.Append(html, neuron, scores.GetValueOrDefault(neuron.Neuron), samples.GetValueOrDefault(neuron.Neuron, []), context);
        html.Append("</main>\n<script>\n").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, SweepSummary summary, string scoreName, ReportContext context)
    {
        html.Append("<dl class=\"summary\">");
        Term(html, "neurons", Num.Int(summary.Neurons));
        Term(html, "explained", Num.Int(summary.Explained));
        if (summary.Unexplained > 0) Term(html, "unexplained", Num.Int(summary.Unexplained));
        if (summary.Failed > 0) Term(html, "failed", Num.Int(summary.Failed));
        if (summary.Pending > 0) Term(html, "not finished", Num.Int(summary.Pending));
        Term(html, $"{scoreName} ≥ {Num.Score(context.LowScore)}", Num.Int(summary.AboveLowScore));
        Term(html, "distinct labels used", Num.Int(summary.DistinctLabels));
        Term(html, "mean formula length", Output.FixedPoint.Format(summary.MeanLength, 2));
        foreach (var (connector, count) in summary.Connectors) Term(html, connector, Num.Int(count));
        html.Append("</dl>\n");
    }

    private static void AppendControls(StringBuilder html, int count) =>
        html.Append("<div class=\"controls\">")
            .Append("<input id=\"filter\" type=\"search\" placeholder=\"Filter by label, category, connector or #neuron\" aria-label=\"Filter\">")
            .Append("<label>Sort by <select id=\"sort\">")
            .Append("<option value=\"neuron\">neuron</option><option value=\"score\">score</option>")
            .Append("<option value=\"iou\">IoU</option><option value=\"length\">length</option></select></label>")
            .Append($"<span id=\"shown\">{Num.Int(count)} of {Num.Int(count)} neurons</span></div>\n");
}
