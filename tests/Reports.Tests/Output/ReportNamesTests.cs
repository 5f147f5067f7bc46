using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.Tests.Output;

public class ReportNamesTests
{
    [Fact]
    public void Files_carry_the_smallest_and_largest_neuron_index()
    {
        NeuronReport[] neurons = [new(511, 1, null), new(0, 1, null), new(17, 1, null)];
        string suffix = ReportNames.Suffix(neurons);
        Assert.Equal("0_511", suffix);
        Assert.Equal("results_0_511.csv", ReportNames.ResultsCsv(suffix));
        Assert.Equal("history_0_511.txt", ReportNames.History(suffix));
        Assert.Equal("0_511.html", ReportNames.Html(suffix));
        Assert.Equal("images_0_511", ReportNames.ImagesFolder(suffix));
    }

    [Fact]
    public void An_empty_report_has_no_name()
    {
        Assert.Throws<ArgumentException>(() => ReportNames.Suffix([]));
    }

    [Theory]
    [InlineData(3, ScoreKind.Iou, 0.75, false, OperatorSet.Standard, false, "FL3_iou_N_standard")]
    [InlineData(3, ScoreKind.Iou, 0.75, true, OperatorSet.Close, false, "FL3_iou_X3_close")]
    [InlineData(10, ScoreKind.Imrou, 0.75, true, OperatorSet.Close, false, "FL10_imrou75_X3_close")]
    [InlineData(10, ScoreKind.Imroun, 0.75, true, OperatorSet.Close, false, "FL10_imrou75_X3_close")]
    [InlineData(3, ScoreKind.Imrou, 0.125, false, OperatorSet.Standard, true, "FL3_imrou12.5_N_standard_EASY")]
    public void Output_folder_follows_the_original_scheme(int length, ScoreKind score, double r, bool expansions, OperatorSet operators, bool easy, string expected)
    {
        var settings = new SearchSettings { MaxFormulaLength = length, Score = score, ImrouMultiplier = r, Operators = operators, EasyMode = easy };
        Assert.Equal(expected, ReportNames.OutputFolder(settings, expansions, expansionThreshold: 3));
    }

    [Theory]
    [InlineData(false, "FL10_imrou75_X3_close_THOROUGH")]
    [InlineData(true, "FL10_imrou75_X3_close_EASY_THOROUGH")]
    public void A_thorough_search_gets_a_folder_of_its_own(bool easy, string expected)
    {
        var settings = new SearchSettings { MaxFormulaLength = 10, Mode = SearchMode.Thorough, EasyMode = easy };
        Assert.Equal(expected, ReportNames.OutputFolder(settings, expansions: true, expansionThreshold: 3));
    }
}
