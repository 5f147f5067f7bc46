using System.Text;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Model;
using static NeuronOrleans.Reports.Html.HtmlParts;

namespace NeuronOrleans.Reports.Html;

/// <summary>
/// One neuron's card (ALGORITHM §7): formula (grey when low), neuron #, score / IoU,
/// coverages, threshold, and per sample an overlay, the photo and the masks stacked with the
/// caption <c>score / IoU / image</c>. Data attributes carry what the filter and sort use.
/// </summary>
internal static class CardHtml
{
    public static void Append(StringBuilder html, NeuronReport neuron, ExplanationScores? scores, IReadOnlyList<CardSample> samples, ReportContext context)
    {
        var formula = neuron.Explained?.Best!.Formula;
        string search = $"#{neuron.Neuron} {formula?.Print(context.Labels)} {formula?.PrintCategories(context.Labels)} {StatusText.Of(neuron.Status)}";
        bool low = scores is null || scores.Report < context.LowScore;

        html.Append($"<article class=\"card{(low ? " low" : "")}\" id=\"neuron-{Num.Int(neuron.Neuron)}\" data-neuron=\"{Num.Int(neuron.Neuron)}\"");
        if (scores is not null)
            html.Append($" data-score=\"{Num.Data(scores.Report)}\" data-iou=\"{Num.Data(scores.Iou)}\" data-length=\"{Num.Int(scores.Length)}\"");
        html.Append(" data-search=\"").Append(Encode(search.ToLowerInvariant())).Append("\">");

        html.Append($"<h2><a href=\"#neuron-{Num.Int(neuron.Neuron)}\">neuron #{Num.Int(neuron.Neuron)}</a></h2>");
        if (formula is not null && scores is not null) AppendExplanation(html, neuron, formula, scores, context);
        else html.Append("<p class=\"status\">").Append(Encode(StatusLine(neuron))).Append("</p>");
        if (samples.Count > 0) AppendSamples(html, samples);
        html.Append("</article>\n");
    }

    private static void AppendExplanation(StringBuilder html, NeuronReport neuron, Formula formula, ExplanationScores scores, ReportContext context)
    {
        html.Append("<p class=\"formula\">").Append(FormulaHtml.Render(formula, context.Labels)).Append("</p>");
        html.Append("<p class=\"categories\">").Append(Encode(formula.PrintCategories(context.Labels))).Append("</p>");
        html.Append("<dl class=\"numbers\">");
        Term(html, $"{ScoreNames.Of(context.ReportScore, context.ImrouMultiplier)} / IoU", $"{Num.Score(scores.Report)} / {Num.Score(scores.Iou)}");
        Term(html, "coverage neuron / formula", $"{Num.Percent(scores.NeuronCoverage)} / {Num.Percent(scores.FormulaCoverage)}");
        Term(html, "threshold", Num.Threshold(neuron.Threshold));
        Term(html, "length", Num.Int(scores.Length));
        Term(html, $"best single label ({ScoreNames.Of(context.OptimisationScore, context.ImrouMultiplier)})", $"{scores.BestLabel} ({Num.Score(scores.BestLabelScore)})");
        if (neuron.CertificateGap is <= 0 and var gap)
            Term(html, "among formulas of length ≤ 2", gap == 0 ? "optimal" : $"beats the best by {Num.Score(-gap)}");
        html.Append("</dl>");
        if (neuron is { CertificateGap: > 0 and var beatenBy, Certificate.BestOfLengthTwo: { } better })
            html.Append("<p class=\"beaten\">beaten at length ≤ 2 by ").Append(FormulaHtml.Render(better.Formula, context.Labels))
                .Append($" (penalised {ScoreNames.Of(context.OptimisationScore, context.ImrouMultiplier)} {Num.Score(better.Score)}, {Num.Score(beatenBy)} higher)</p>");
    }

    private static void AppendSamples(StringBuilder html, IReadOnlyList<CardSample> samples)
    {
        html.Append("<div class=\"samples\">");
        foreach (var sample in samples)
        {
            string id = Num.Int(sample.Image);
            html.Append("<figure data-image=\"").Append(id).Append("\">");
            CardPicture(html, sample, row: 0, $"image {id}: neuron (red) and formula (blue) cells");
            if (sample.HasPhoto) CardPicture(html, sample, row: 1, $"image {id}");
            else html.Append("<div class=\"missing\" role=\"img\" aria-label=\"image ").Append(id).Append(" missing\">image missing</div>");
            Image(html, sample.Masks, $"image {id}: masks only", cssClass: "masks");
            html.Append($"<figcaption>{Num.Caption(sample.Score)} / {Num.Caption(sample.Iou)} / {id}</figcaption></figure>");
        }
        html.Append("</div>");
    }

    /// <summary>The sample's cell of the card picture, framed by a box that the stylesheet sizes and crops.</summary>
    private static void CardPicture(StringBuilder html, CardSample sample, int row, string alt)
    {
        html.Append("<div class=\"cell\" style=\"--columns: ").Append(sample.Columns).Append("; --column: ").Append(sample.Column)
            .Append("; --row: ").Append(row).Append("\">");
        Image(html, sample.Card, alt, width: sample.Columns * CardImageWriter.PictureSize, height: 2 * CardImageWriter.PictureSize);
        html.Append("</div>");
    }

    // Width and height let the browser lay out 512 cards before any lazy image arrives.
    private static void Image(StringBuilder html, string source, string alt, string? cssClass = null, int width = CardImageWriter.PictureSize, int height = CardImageWriter.PictureSize)
    {
        html.Append("<img ");
        if (cssClass is not null) html.Append("class=\"").Append(cssClass).Append("\" ");
        html.Append($"loading=\"lazy\" decoding=\"async\" width=\"{width}\" height=\"{height}\" src=\"").Append(Encode(source))
            .Append("\" alt=\"").Append(Encode(alt)).Append("\">");
    }

    private static string StatusLine(NeuronReport neuron) => neuron.Status switch
    {
        ExplanationStatus.Failed => $"failed: {neuron.Failure}",
        ExplanationStatus.Unexplained => "no primitive scored above zero",
        ExplanationStatus.Pending => "not finished",
        _ => StatusText.Of(neuron.Status),
    };
}
