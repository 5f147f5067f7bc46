using System.Text;
using NeuronOrleans.Reports.Html;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Tests.Support;

namespace NeuronOrleans.Reports.Tests.Html;

public class CardHtmlTests
{
    private static readonly NeuronReport Neuron10 = HandResults.Neurons().Single(n => n.Neuron == 10);

    [Fact]
    public void A_card_shows_formula_numbers_and_captions()
    {
        var samples = new[] { new CardSample(17, 0.5, 0.6, "images_3_12/10_17_overlay.jpg", "images_3_12/image_17.jpg", "images_3_12/10_17_masks.png") };
        string html = Render(Neuron10, HandResults.Context, samples);
        Assert.StartsWith("<article class=\"card\" id=\"neuron-10\" data-neuron=\"10\"", html);
        Assert.Contains("<h2><a href=\"#neuron-10\">neuron #10</a></h2>", html);
        Assert.Contains("<dt>ImRoUn_0.75 / IoU</dt><dd>0.2222 / 0.3158</dd>", html);
        Assert.Contains("<dt>coverage neuron / formula</dt><dd>4.08 % / 6.12 %</dd>", html);
        Assert.Contains("<dt>threshold</dt><dd>0.25</dd>", html);
        Assert.Contains("<figcaption>0.500 / 0.600 / 17</figcaption>", html);
        Assert.Contains("loading=\"lazy\"", html);
        Assert.Contains("data-search=\"#10 ((highway-s or field-cultivated-s) and not sky) ((scene or scene) and not object) explained\"", html);
    }

    [Fact]
    public void A_formula_scoring_below_the_low_score_is_grey()
    {
        string html = Render(Neuron10, HandResults.Context with { LowScore = 0.5 }, []);
        Assert.StartsWith("<article class=\"card low\"", html);
    }

    [Fact]
    public void A_failed_neuron_has_an_escaped_message_and_no_sort_keys()
    {
        var failed = new NeuronReport(12, 4.62, null, "<script>alert(1)</script> & more");
        string html = Render(failed, HandResults.Context, []);
        Assert.Contains("failed: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("data-score", html);
    }

    private static string Render(NeuronReport neuron, ReportContext context, IReadOnlyList<CardSample> samples)
    {
        var html = new StringBuilder();
        var scores = neuron.Explained is { } result ? ExplanationScores.Of(result, context) : null;
        CardHtml.Append(html, neuron, scores, samples, context);
        return html.ToString();
    }
}
