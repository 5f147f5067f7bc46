using NeuronOrleans.Reports.Html;

namespace NeuronOrleans.Reports.Tests.Html;

public class ScoreHistogramTests
{
    [Fact]
    public void Title_gives_mean_and_population_standard_deviation()
    {
        Assert.Equal("IoU: 0.050 ± 0.020 over 4 neurons", ScoreHistogram.Title([0.03, 0.07, 0.03, 0.07], "IoU"));
    }

    [Fact]
    public void Every_score_lands_in_a_bar()
    {
        string svg = ScoreHistogram.Render([-0.01, 0, 0.02, 0.02, 0.1], "ImRoU_0.75");
        var counts = System.Text.RegularExpressions.Regex.Matches(svg, "<title>[^<]*: (\\d+)</title>").Select(m => int.Parse(m.Groups[1].Value));
        Assert.Equal(5, counts.Sum());
        Assert.StartsWith("<svg", svg);
    }

    [Fact]
    public void No_scores_still_give_a_titled_chart()
    {
        Assert.Contains("no explained neurons", ScoreHistogram.Render([], "IoU"));
    }
}
