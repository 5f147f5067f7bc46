using System.Globalization;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Csv;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Probing.Import;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary>
/// <c>activations.npy</c> (float32 <c>[images, units, h, w]</c>) and <c>planted.csv</c> (unit, kind, length, formula)
/// beside a generated dataset: units that each detect a known formula, to run full-size sweeps
/// without probing and to check what the search recovers.
/// </summary>
internal static class PlantedActivationFiles
{
    public static string Write(string brodenFolder, int units, int seed, CancellationToken cancellation)
    {
        var dataset = BrodenDataset.Open(brodenFolder);
        var bank = LabelMaskBankBuilder.Build(dataset, new MaskBankSettings(), cancellationToken: cancellation);
        var planted = new PlantedActivations(bank, units, seed);
        var path = Path.Combine(brodenFolder, "activations.npy");
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            NpyWriter.WriteFloatHeader(file, bank.ImageCount, units, bank.Grid.Height, bank.Grid.Width);
            planted.WriteImageMajor(file, cancellation);
        }
        CsvText.Write(Path.Combine(brodenFolder, "planted.csv"), ["unit", "kind", "length", "formula"],
            planted.Formulas.Select((formula, unit) => (IReadOnlyList<string>)[unit.ToString(CultureInfo.InvariantCulture), planted.Shapes[unit].Kind, planted.Shapes[unit].Length.ToString(CultureInfo.InvariantCulture), formula.Print(bank.Labels)]));
        return path;
    }
}
