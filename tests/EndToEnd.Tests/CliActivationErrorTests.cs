using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.Probing.Import;
using NeuronOrleans.TestSupport;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>
/// Activations that don't fit the dataset are refused before any work: exit 2, one error line naming
/// the file, what was expected and what was found, and no output folder.
/// </summary>
public sealed class CliActivationErrorTests(SweepData data) : IClassFixture<SweepData>
{
    public static TheoryData<string> Cases => ["fewer images", "thresholds of other units", "float64 raw cache", "raw cache without its shape file"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Activations_that_do_not_fit_are_refused_naming_the_file(string kind)
    {
        var folder = Path.Combine(data.Root, kind.Replace(' ', '-'));
        Directory.CreateDirectory(folder);
        var (arguments, file, expected) = MakeBadInput(kind, folder);
        var outRoot = Path.Combine(folder, "out");

        var result = await Cli.Run(data.Root, TimeSpan.FromMinutes(2), ["run", "--broden", data.BrodenFolder, .. arguments, "--out", outRoot]);

        Cli.AssertOneErrorLine(result, file, expected);
        Assert.False(Directory.Exists(Path.Combine(outRoot, "FL3_imrou75_X3_close")), "nothing may be computed");
    }

    private (string[] Arguments, string File, string Expected) MakeBadInput(string kind, string folder)
    {
        int images = data.Bank.ImageCount, units = data.Units, cells = 49;
        switch (kind)
        {
            case "fewer images":
                var fewer = Path.Combine(folder, "acts.npy");
                NpyWriter.Write(fewer, new float[(images - 1) * units * cells], images - 1, units, 7, 7);
                return (["--activations", fewer], fewer, $"holds {images - 1} images, but the index");
            case "thresholds of other units":
                var thresholds = Path.Combine(folder, "thresholds.npy");
                NpyWriter.Write(thresholds, new double[units + 1], units + 1);
                return (["--activations", data.ActivationsFile, "--thresholds", thresholds], thresholds, $"holds {units + 1} thresholds, but the activations have {units} units");
            case "float64 raw cache":
                var cache = Path.Combine(folder, "inspected_neurons.mmap");
                File.WriteAllBytes(cache, new byte[(long)images * units * cells * sizeof(double)]);
                NpyWriter.Write(Path.Combine(folder, "inspected_neurons_shape.npy"), new double[] { images, units, 7, 7 }, 4);
                return (["--activations", cache], cache, "It has the size of float64 values: save the activations as float32.");
            default:
                var lonely = Path.Combine(folder, "inspected_neurons.mmap");
                File.WriteAllBytes(lonely, new byte[(long)images * units * cells * sizeof(float)]);
                return (["--activations", lonely], lonely, "the original writes inspected_neurons.mmap as raw float32, neuron-major [units, images, h, w]");
        }
    }
}
