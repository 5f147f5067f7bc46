using System.IO.Compression;
using NeuronOrleans.Reports.Csv;
using NeuronOrleans.Reports.Tests.Support;

namespace NeuronOrleans.Reports.Tests.Csv;

public class ResultsCsvWriterTests
{
    [Fact]
    public void Hand_assembled_results_give_the_golden_file()
    {
        Assert.Equal(Golden.Read("results_hand.csv"), ResultsCsvWriter.Format(HandResults.Neurons(), HandResults.Context));
    }

    [Fact]
    public void Write_names_the_file_after_the_neuron_range_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        string path = ResultsCsvWriter.Write(folder.Path, HandResults.Neurons(), HandResults.Context);
        Assert.Equal("results_3_12.csv", Path.GetFileName(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
        Assert.Equal(Golden.Read("results_hand.csv"), File.ReadAllText(path));
    }

    [Fact]
    public void A_certified_sweep_adds_the_best_formula_of_length_two_its_score_and_the_gap_to_the_answer()
    {
        var lines = ResultsCsvWriter.Format(HandResults.Certified(0.35), HandResults.Context with { Certified = true }).Split('\n');
        Assert.Equal(string.Join(',', ResultsCsvWriter.Header) + ",certified_formula,certified_score,certificate_gap", lines[0]);
        Assert.EndsWith(",explained,,car-X,0.500000,0.000000", lines[1]);
        Assert.EndsWith(",unexplained,,,,", lines[2]);
        Assert.EndsWith(",explained,,(highway-s OR sky),0.350000,0.016668", lines[3]); // 0.35 − 0.333332
        Assert.EndsWith("cannot decode\",,,", lines[4]);
    }

    [Fact]
    public void The_first_four_columns_match_the_original_layout()
    {
        var lines = ResultsCsvWriter.Format(HandResults.Neurons(), HandResults.Context).Split('\n');
        Assert.StartsWith("neuron,category,formula,threshold,", lines[0]);
        Assert.StartsWith("10,((scene OR scene) AND NOT object),((highway-s OR field-cultivated-s) AND NOT sky),0.2,", lines[3]);
    }

    /// <summary>
    /// The published files are written without any quoting: every row splits into exactly four
    /// fields, so no formula or category string holds a comma or quote and ours need none either.
    /// </summary>
    [Theory]
    [InlineData("FL3_iou_N_standard_results_0_511.csv")]
    [InlineData("FL3_iou_X3_close_results_0_511.csv")]
    [InlineData("FL10_iou_N_standard_results_0_511.csv")]
    [InlineData("FL10_iou_X3_close_results_0_511.csv")]
    [InlineData("FL10_imrou75_X3_close_results_0_511.csv")]
    public void Published_formulas_never_need_quoting(string file)
    {
        // The fixtures are the published files, gzip-compressed.
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Reference", file + ".gz")), CompressionMode.Decompress));
        var rows = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(512, rows.Count);
        foreach (var row in rows)
        {
            var fields = row.Split(',');
            Assert.Equal(4, fields.Length);
            Assert.DoesNotContain('"', row);
        }
    }
}
