using NeuronOrleans.Reports.History;
using NeuronOrleans.Reports.Tests.Support;

namespace NeuronOrleans.Reports.Tests.History;

public class HistoryWriterTests
{
    [Fact]
    public void Hand_assembled_results_give_the_golden_file()
    {
        Assert.Equal(Golden.Read("history_hand.txt"), HistoryWriter.Format(HandResults.Neurons(), HandResults.Context));
    }

    [Fact]
    public void Write_names_the_file_after_the_neuron_range()
    {
        using var folder = new TempFolder();
        string path = HistoryWriter.Write(folder.Path, HandResults.Neurons(), HandResults.Context);
        Assert.Equal("history_3_12.txt", Path.GetFileName(path));
        Assert.Equal(Golden.Read("history_hand.txt"), File.ReadAllText(path));
    }

    [Fact]
    public void Dash_lines_are_as_long_as_their_header_and_item_lines_fit_their_width_before_the_trailing_comma()
    {
        var lines = HistoryWriter.Format(HandResults.Neurons(), HandResults.Context).Split('\n');
        for (int i = 0; i + 1 < lines.Length; i++)
            if (lines[i].StartsWith("Neuron #", StringComparison.Ordinal) && !lines[i].Contains("worst score") || lines[i].StartsWith("For neuron ", StringComparison.Ordinal))
                Assert.Equal(new string('-', lines[i].Length), lines[i + 1]);
        Assert.All(lines.Where(line => line.EndsWith(", ", StringComparison.Ordinal)),
            line => Assert.True(line.Length - 2 <= LineWrapper.CandidateWidth, line));
    }
}
