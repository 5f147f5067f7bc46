using NeuronOrleans.Reports.History;
using NeuronOrleans.Reports.Model;
using Xunit;

namespace NeuronOrleans.Fidelity.Tests;

/// <summary>Our history file against the original's, character for character (ALGORITHM §7).</summary>
public sealed class HistoryParityTests(FidelityBundle bundle) : IClassFixture<FidelityBundle>
{
    private const string LastBeamHeader = "at formula length 3, the beam is\n";

    [Fact]
    public void The_history_is_the_original_text_but_for_the_length_3_beams_that_prime_codes_change()
    {
        var reports = bundle.Results.Select((result, unit) => new NeuronReport(unit, bundle.Thresholds[unit], result)).ToList();
        string ours = HistoryWriter.Format(reports, new ReportContext { Labels = bundle.Bank.Labels });
        string original = OriginalHistory.WithoutRedundancyLog(File.ReadAllText(FidelityBundle.File("original_standard_iou_FL3", "history_0_511.txt")));
        var parsed = OriginalHistory.Parse(ours);

        Assert.StartsWith("\n\n ||||||| 0 |||||||\n\nNeuron #0 has candidate set:\n", ours);
        Assert.Equal(original.Length - original.TrimEnd('\n').Length, ours.Length - ours.TrimEnd('\n').Length);
        int identical = 0;
        foreach (var (unit, theirs) in bundle.History)
        {
            if (parsed[unit].Text == theirs.Text)
            {
                identical++;
                continue;
            }
            // Beams that differ (SearchParityTests says why) differ in their items only.
            Assert.Equal(UpToLastBeam(theirs.Text), UpToLastBeam(parsed[unit].Text));
            Assert.NotEqual(theirs.Beams[2], parsed[unit].Beams[2]);
        }
        Assert.InRange(identical, 380, 511);
    }

    private static string UpToLastBeam(string text) => text[..(text.IndexOf(LastBeamHeader, StringComparison.Ordinal) + LastBeamHeader.Length)];
}
