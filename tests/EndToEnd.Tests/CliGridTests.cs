using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.Probing.Import;
using NeuronOrleans.TestSupport;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>
/// Any layer's grid: activations at 14×14 are explained with label masks built at 14×14
/// (ALGORITHM §2.1). Each unit fires exactly on one label's 14×14 mask, so the search must name it.
/// </summary>
public sealed class CliGridTests : IDisposable
{
    private const int Units = 4;
    private static readonly GridShape Grid = new(14, 14);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "neuron-orleans-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Activations_at_14x14_are_explained_with_masks_at_14x14()
    {
        var broden = Path.Combine(_root, "broden");
        new SyntheticBrodenGenerator(SyntheticBrodenOptions.Tiny with { AdeImageCount = 120, Seed = 3 }).Write(broden);
        var dataset = BrodenDataset.Open(broden);
        var bank = LabelMaskBankBuilder.Build(dataset, new MaskBankSettings { Grid = Grid });
        var planted = PlantedLabels(bank);
        var (activations, thresholds) = (Path.Combine(_root, "acts.npy"), Path.Combine(_root, "thresholds.npy"));
        WriteActivations(bank, planted, activations);
        NpyWriter.Write(thresholds, Enumerable.Repeat(1.0, Units).ToArray(), Units);

        var outRoot = Path.Combine(_root, "out");
        var result = await Cli.Run(_root, TimeSpan.FromMinutes(3), "run", "--broden", broden, "--activations", activations,
            "--thresholds", thresholds, "--max-length", "2", "--no-html", "--out", outRoot);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        var rows = File.ReadAllLines(Path.Combine(outRoot, "FL2_imrou75_X3_close", $"results_0_{Units - 1}.csv")).Skip(1).ToList();
        Assert.Equal(planted.Select(label => bank.Labels[label].Name), rows.Select(row => row.Split(',')[2]));
    }

    /// <summary>The non-scene labels with the most true cells, each mask distinct from the others'.</summary>
    private static List<int> PlantedLabels(LabelMaskBank bank)
    {
        var chosen = new List<int>();
        foreach (var leaf in bank.Primitives().OfType<LeafFormula>()
                     .Where(leaf => !bank.Labels[leaf.Label].IsScene)
                     .OrderByDescending(leaf => bank.Plain(leaf.Label)!.Sum(word => (long)ulong.PopCount(word))))
        {
            if (chosen.All(other => !bank.Plain(other)!.AsSpan().SequenceEqual(bank.Plain(leaf.Label)))) chosen.Add(leaf.Label);
            if (chosen.Count == Units) break;
        }
        return chosen;
    }

    /// <summary>2 on the planted label's cells, 0 elsewhere: with threshold 1 the neuron mask is the label's mask.</summary>
    private static void WriteActivations(LabelMaskBank bank, List<int> planted, string path)
    {
        int images = bank.ImageCount, cells = Grid.Cells, words = Grid.WordsPerImage;
        var values = new float[images * Units * cells];
        for (int unit = 0; unit < Units; unit++)
        {
            var mask = bank.Plain(planted[unit])!;
            for (int image = 0; image < images; image++)
                for (int cell = 0; cell < cells; cell++)
                    if ((mask[image * words + cell / 64] >> (cell % 64) & 1) == 1)
                        values[(image * Units + unit) * cells + cell] = 2f;
        }
        NpyWriter.Write(path, values, images, Units, Grid.Height, Grid.Width);
    }
}
