using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Synthetic;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// A Broden-size synthetic dataset (22,210 ADE images, about 1,200 labels) and its label masks,
/// generated once into the temp folder and reused by later benchmark runs.
/// </summary>
internal static class FullSizeDataset
{
    public static LabelMaskBank Bank()
    {
        var folder = Path.Combine(Path.GetTempPath(), "neuron-orleans-benchmark-broden");
        var marker = Path.Combine(folder, ".complete");
        if (!File.Exists(marker))
        {
            new SyntheticBrodenGenerator(SyntheticBrodenOptions.BrodenSize).Write(folder);
            File.WriteAllText(marker, "");
        }
        var dataset = BrodenDataset.Open(folder);
        var settings = new MaskBankSettings();
        return MaskBankCache.LoadOrBuild(dataset, settings, Path.Combine(folder, MaskBankCache.FileName(dataset, settings))).Bank;
    }
}
