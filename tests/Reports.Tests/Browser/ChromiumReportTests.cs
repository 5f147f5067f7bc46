using System.Text.Json;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Reports.Html;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Tests.Support;

namespace NeuronOrleans.Reports.Tests.Browser;

/// <summary>
/// Opens the demo sweep's report in headless Chromium. Screenshots stay in the test output's
/// artifacts/browser folder for a person to look at.
/// </summary>
public class ChromiumReportTests(DemoSweep demo) : IClassFixture<DemoSweep>
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "browser");

    [Fact]
    public void The_report_opens_cleanly_and_its_filter_and_sort_work()
    {
        Directory.CreateDirectory(Artifacts);
        string report = HtmlReportWriter.Write(Path.Combine(Artifacts, "report"), demo.Neurons, demo.Context);
        const string filter = "sky";
        const int anchor = 4;

        var observed = BrowserCheck.Run(report, Artifacts, filter, anchor);

        Assert.Empty(Strings(observed, "consoleErrors"));
        Assert.Empty(Strings(observed, "pageErrors"));
        Assert.Empty(Strings(observed, "failedRequests"));
        Assert.Equal(demo.Neurons.Count, observed.GetProperty("cardCount").GetInt32());
        Assert.Equal(ByNeuron(), Ints(observed, "initialOrder"));
        Assert.Equal(Sorted(s => s.Report), Ints(observed.GetProperty("sorted"), "score"));
        Assert.Equal(Sorted(s => s.Iou), Ints(observed.GetProperty("sorted"), "iou"));
        Assert.Equal(Sorted(s => s.Length), Ints(observed.GetProperty("sorted"), "length"));
        Assert.Equal(ByNeuron(), Ints(observed.GetProperty("sorted"), "neuron"));

        var matching = demo.Neurons.Where(n => n.Explained?.Best!.Formula.Print(demo.Context.Labels).Contains(filter) == true)
            .Select(n => n.Neuron).ToList();
        Assert.NotEmpty(matching);
        Assert.True(matching.Count < demo.Neurons.Count);
        Assert.Equal(matching, Ints(observed, "filtered"));
        Assert.Equal($"{matching.Count} of {demo.Neurons.Count} neurons", observed.GetProperty("shownText").GetString());
        Assert.Equal(demo.Neurons.Count, observed.GetProperty("unfilteredCount").GetInt32());

        var images = observed.GetProperty("images");
        Assert.Equal(3 * 6 * CardSampling.SamplesPerCard, images.GetProperty("total").GetInt32());
        Assert.Equal(0, images.GetProperty("broken").GetInt32());
        Assert.Equal($"neuron-{anchor}", observed.GetProperty("anchorTarget").GetString());
        Assert.True(File.Exists(Path.Combine(Artifacts, "report-top.png")));
    }

    private List<int> ByNeuron() => [.. demo.Neurons.Select(n => n.Neuron).Order()];

    /// <summary>Explained neurons by descending key (ties by neuron), then the others by neuron.</summary>
    private List<int> Sorted(Func<ExplanationScores, double> key)
    {
        var explained = demo.Neurons.Where(n => n.Explained is not null)
            .Select(n => (n.Neuron, Key: key(ExplanationScores.Of(n.Explained!, demo.Context))))
            .OrderByDescending(p => p.Key).ThenBy(p => p.Neuron).Select(p => p.Neuron);
        return [.. explained.Concat(demo.Neurons.Where(n => n.Explained is null).Select(n => n.Neuron).Order())];
    }

    private static List<string> Strings(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    private static List<int> Ints(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetInt32())];
}
