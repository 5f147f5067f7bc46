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
        var samples = new[] { new CardSample(17, 0.5, 0.6, "images_3_12/card_10.jpg", 2, 5, true, "data:image/png;base64,AAAA") };
        string html = Render(Neuron10, HandResults.Context, samples);
        Assert.StartsWith("<article class=\"card\" id=\"neuron-10\" data-neuron=\"10\"", html);
        Assert.Contains("<h2><a href=\"#neuron-10\">neuron #10</a></h2>", html);
        Assert.Contains("<dt>ImRoUn_0.75 / IoU</dt><dd>0.2222 / 0.3158</dd>", html);
        Assert.Contains("<dt>coverage neuron / formula</dt><dd>4.08 % / 6.12 %</dd>", html);
        Assert.Contains("<dt>threshold</dt><dd>0.25</dd>", html);
        Assert.Contains("<figcaption>0.500 / 0.600 / 17</figcaption>", html);
        Assert.Contains("loading=\"lazy\"", html);
        Assert.Contains("<figure data-image=\"17\"><div class=\"cell\" style=\"--columns: 5; --column: 2; --row: 0\"><img loading=\"lazy\" decoding=\"async\" width=\"1120\" height=\"448\" src=\"images_3_12/card_10.jpg\" alt=\"image 17: neuron (red) and formula (blue) cells\"></div>", html);
        Assert.Contains("<div class=\"cell\" style=\"--columns: 5; --column: 2; --row: 1\"><img loading=\"lazy\" decoding=\"async\" width=\"1120\" height=\"448\" src=\"images_3_12/card_10.jpg\" alt=\"image 17\"></div>", html);
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

    [Fact]
    public void A_card_whose_answer_a_formula_of_length_two_beats_says_which_and_by_how_much()
    {
        var beaten = HandResults.Certified(0.35).Single(n => n.Neuron == 10);
        string html = Render(beaten, HandResults.Context with { Certified = true }, []);
        Assert.Contains("<p class=\"beaten\">beaten at length ≤ 2 by (<span class=\"label\">highway-s</span>", html);
        Assert.Contains("(penalised ImRoUn_0.75 0.3500, 0.0167 higher)</p>", html);
        Assert.DoesNotContain("among formulas of length ≤ 2", html);
    }

    [Theory]
    [InlineData(3, 0.35, "optimal")]
    [InlineData(10, 0.3, "beats the best by 0.0333")]
    public void A_card_whose_answer_no_formula_of_length_two_beats_says_so(int neuron, double bestOfLengthTwo10, string verdict)
    {
        var certified = HandResults.Certified(bestOfLengthTwo10).Single(n => n.Neuron == neuron);
        string html = Render(certified, HandResults.Context with { Certified = true }, []);
        Assert.Contains($"<dt>among formulas of length ≤ 2</dt><dd>{verdict}</dd>", html);
        Assert.DoesNotContain("beaten", html);
    }

    [Fact]
    public void The_summary_counts_provably_optimal_answers_and_bins_the_gaps_of_the_beaten()
    {
        var neurons = HandResults.Certified(0.35).OrderBy(n => n.Neuron).ToList();
        var context = HandResults.Context with { Certified = true };
        var scores = neurons.Where(n => n.Explained is not null).ToDictionary(n => n.Neuron, n => ExplanationScores.Of(n.Explained!, context));
        string html = ReportPage.Render(neurons, scores, new Dictionary<int, IReadOnlyList<CardSample>>(), context, "t");
        Assert.Contains("<dt>provably optimal at length ≤ 2</dt><dd>1 of 2</dd>", html);
        Assert.Contains("<dt>longer, beating all of length ≤ 2</dt><dd>0</dd>", html);
        Assert.Contains("<dt>beaten by a formula of length ≤ 2</dt><dd>1</dd>", html);
        Assert.Contains("<dd>≤ 0.01: 0 · 0.01–0.05: 1 · 0.05–0.1: 0 · &gt; 0.1: 0</dd>", html);
        Assert.DoesNotContain("provably optimal", ReportPage.Render(neurons, scores, new Dictionary<int, IReadOnlyList<CardSample>>(), HandResults.Context, "t"));
    }

    private static string Render(NeuronReport neuron, ReportContext context, IReadOnlyList<CardSample> samples)
    {
        var html = new StringBuilder();
        var scores = neuron.Explained is { } result ? ExplanationScores.Of(result, context) : null;
        CardHtml.Append(html, neuron, scores, samples, context);
        return html.ToString();
    }
}
