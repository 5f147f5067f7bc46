using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.TestSupport;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>
/// Label maps the CLI can check from their headers are refused before submitting; a label number
/// missing from label.csv, found only while the cluster builds the masks, fails the sweep once.
/// </summary>
public sealed class CliLabelMapErrorTests(SweepData data) : IClassFixture<SweepData>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "neuron-orleans-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_16_bit_grey_label_map_is_one_error_line_before_any_work()
    {
        var (broden, map) = CopyWithOneLabelMap();
        using (var grey = new Image<L16>(112, 112, new L16(7)))
            grey.SaveAsPng(map, new PngEncoder { ColorType = PngColorType.Grayscale, BitDepth = PngBitDepth.Bit16 });

        var result = await Run(broden);

        Cli.AssertOneErrorLine(result, $"'{map}' is a 16-bit greyscale PNG");
        Assert.DoesNotContain("Sweep ", result.Output);
    }

    [Fact]
    public async Task A_label_missing_from_label_csv_fails_the_sweep_once()
    {
        var (broden, map) = CopyWithOneLabelMap();
        using (var image = new Image<Rgb24>(112, 112, new Rgb24(0x34, 0x12, 0)))
            image.SaveAsPng(map); // label 0x1234 = 4660

        var result = await Run(broden);

        Assert.True(result.ExitCode == 2, result.AllOutput);
        Assert.Contains($"error: Label map '{map}' pixel (x=0, y=0) holds label 4660, which is not in label.csv.", result.Output);
        Assert.Single(result.Output.Split('\n'), line => line.Contains("4660"));
        Assert.Contains(": Failed,", result.Output);
    }

    private Task<ProcessResult> Run(string broden) =>
        Cli.Run(_root, TimeSpan.FromMinutes(3), "run", "--broden", broden, "--activations", data.ActivationsFile,
            "--max-length", "2", "--no-html", "--out", Path.Combine(_root, "out"));

    /// <summary>A copy of the fixture's dataset and the path of one of its label maps, to spoil.</summary>
    private (string Broden, string Map) CopyWithOneLabelMap()
    {
        var broden = Path.Combine(_root, "broden");
        foreach (var file in Directory.EnumerateFiles(data.BrodenFolder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(broden, Path.GetRelativePath(data.BrodenFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var dataset = BrodenDataset.Open(broden);
        return (broden, dataset.LabelMapPath(dataset.Images.First(image => image.LabelMaps.Count > 0).LabelMaps[0]));
    }
}
