using System.Text.RegularExpressions;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Reports.Html;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Output;
using NeuronOrleans.Reports.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Reports.Tests.Html;

public class HtmlReportWriterTests(DemoSweep demo) : IClassFixture<DemoSweep>
{
    // A sample's figure: its image, and the card picture (named by neuron) of its overlay.
    private const string Figure = "<figure data-image=\"(?<image>\\d+)\"><div class=\"cell\"[^>]*><img [^>]*src=\"images_0_7/card_(?<neuron>\\d+).jpg\"";

    [Fact]
    public void The_page_has_one_card_with_a_stable_anchor_per_neuron()
    {
        using var folder = new TempFolder();
        string html = File.ReadAllText(HtmlReportWriter.Write(folder.Path, demo.Neurons, demo.Context));
        var ids = Regex.Matches(html, "<article class=\"card[^\"]*\" id=\"(neuron-\\d+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(Enumerable.Range(0, 8).Select(n => $"neuron-{n}"), ids);
        Assert.Contains("failed: Activation file truncated at image 17, neuron 6", html);
        Assert.Contains("no primitive scored above zero", html);
    }

    [Fact]
    public void Files_follow_the_original_names_and_images_are_linked_relatively()
    {
        using var folder = new TempFolder();
        string path = HtmlReportWriter.Write(folder.Path, demo.Neurons, demo.Context);
        Assert.Equal("0_7.html", Path.GetFileName(path));
        string html = File.ReadAllText(path);
        // Every picture but the inline masks pictures is a file.
        var sources = Regex.Matches(html, "src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Where(source => !source.StartsWith("data:image/png;base64,")).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            Assert.StartsWith("images_0_7/", source);
            Assert.True(File.Exists(Path.Combine(folder.Path, source)), source);
        });
        Assert.DoesNotContain(".tmp", string.Join(",", Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories)));
    }

    [Fact]
    public void The_page_needs_no_network()
    {
        using var folder = new TempFolder();
        string html = File.ReadAllText(HtmlReportWriter.Write(folder.Path, demo.Neurons, demo.Context));
        Assert.DoesNotContain("http:", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https:", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script src", html);
    }

    [Fact]
    public void Label_names_are_escaped()
    {
        Assert.Contains(demo.Neurons, n => n.Result?.Best?.Formula.Print(demo.Context.Labels).Contains("<b>bar & grill</b>") == true);
        using var folder = new TempFolder();
        string html = File.ReadAllText(HtmlReportWriter.Write(folder.Path, demo.Neurons, demo.Context));
        Assert.DoesNotContain("<b>bar", html);
        Assert.Contains("&lt;b&gt;bar &amp; grill&lt;/b&gt;", html);
    }

    [Fact]
    public void Images_are_sampled_where_neuron_and_formula_both_fire()
    {
        using var folder = new TempFolder();
        string html = File.ReadAllText(HtmlReportWriter.Write(folder.Path, demo.Neurons, demo.Context));
        foreach (Match sample in Regex.Matches(html, Figure))
        {
            int neuron = int.Parse(sample.Groups["neuron"].Value), image = int.Parse(sample.Groups["image"].Value);
            var formula = Dissection.Counting.FormulaMasks.Evaluate(demo.Bank, demo.Neurons.Single(n => n.Neuron == neuron).Result!.Best!.Formula);
            Assert.NotEqual(0UL, formula[image]);
            Assert.NotEqual(0UL, demo.Masks[neuron].Bits[image]);
        }
        Assert.Equal(6 * CardSampling.SamplesPerCard, Regex.Matches(html, Figure).Count);
    }

    [Fact]
    public void The_masks_picture_is_inline_with_one_pixel_per_cell_in_the_four_colours()
    {
        using var folder = new TempFolder();
        string html = File.ReadAllText(HtmlReportWriter.Write(folder.Path, demo.Neurons, demo.Context));
        var figures = Regex.Matches(html, Figure + ".*?class=\"masks\" [^>]*src=\"data:image/png;base64,(?<masks>[^\"]+)\"");
        Assert.Equal(6 * CardSampling.SamplesPerCard, figures.Count);
        foreach (Match figure in figures)
        {
            int neuron = int.Parse(figure.Groups["neuron"].Value), image = int.Parse(figure.Groups["image"].Value);
            var formula = Dissection.Counting.FormulaMasks.Evaluate(demo.Bank, demo.Neurons.Single(n => n.Neuron == neuron).Result!.Best!.Formula)[image];
            ulong neuronCells = demo.Masks[neuron].Bits[image];
            using var picture = Image.Load<Rgb24>(Convert.FromBase64String(figure.Groups["masks"].Value));
            Assert.Equal((7, 7), (picture.Width, picture.Height));
            for (int cell = 0; cell < 49; cell++)
            {
                var expected = (((formula >> cell) & 1) != 0, ((neuronCells >> cell) & 1) != 0) switch
                {
                    (true, true) => new Rgb24(255, 128, 255),
                    (true, false) => new Rgb24(192, 192, 255),
                    (false, true) => new Rgb24(255, 192, 192),
                    _ => new Rgb24(255, 255, 255),
                };
                Assert.Equal(expected, picture[cell % 7, cell / 7]);
            }
        }
    }

    [Fact]
    public void The_same_sweep_gives_byte_identical_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        foreach (var folder in new[] { first.Path, second.Path })
        {
            var written = SweepReportWriter.Write(folder, demo.Neurons, demo.Context, title: "FL3_imrou75_X3_close");
            Assert.Equal(["results_0_7.csv", "history_0_7.txt", "0_7.html"], new[] { written.ResultsCsv, written.History, written.Html }.Select(Path.GetFileName));
        }
        var files = Directory.GetFiles(first.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Path, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(second.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Path, f)).Order());
        Assert.Contains("0_7.html", files);
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file))));
    }

    [Fact]
    public void Missing_sample_images_get_a_placeholder_and_are_counted()
    {
        using var folder = new TempFolder();
        // Every probe image path points nowhere except image 0's.
        var context = demo.Context with { ImagePaths = [.. demo.Context.ImagePaths.Select((path, i) => i == 0 ? path : path + ".missing")] };

        string html = File.ReadAllText(HtmlReportWriter.Write(folder.Path, demo.Neurons, context));

        var shown = Regex.Matches(html, "--row: 1\"><img [^>]*alt=\"image (\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var sampled = Regex.Matches(html, Figure).Select(m => int.Parse(m.Groups["image"].Value)).ToList();
        Assert.All(shown, image => Assert.Equal(0, image));
        Assert.Equal(sampled.Count(image => image != 0), Regex.Matches(html, "class=\"missing\"").Count);
        int missing = sampled.Where(image => image != 0).Distinct().Count();
        Assert.True(missing > 0);
        Assert.Contains($"<dt>sample images missing</dt><dd>{missing}</dd>", html);
    }
}
