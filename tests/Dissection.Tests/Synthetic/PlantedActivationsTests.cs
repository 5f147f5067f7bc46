using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Dissection.Tests.Broden;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.Synthetic;

public sealed class PlantedActivationsTests : IDisposable
{
    private const int Units = 14; // one of every shape
    private readonly TempFolder _folder = new();
    private readonly LabelMaskBank _bank;

    public PlantedActivationsTests()
    {
        new SyntheticBrodenGenerator(new SyntheticBrodenOptions { AdeImageCount = 300 }).Write(_folder.Path);
        _bank = LabelMaskBankBuilder.Build(BrodenDataset.Open(_folder.Path), new MaskBankSettings());
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Units_fire_with_their_gain_on_the_planted_cells_and_around_zero_elsewhere()
    {
        var planted = new PlantedActivations(_bank, Units, seed: 5);
        var values = Values(planted);

        for (int unit = 0; unit < Units; unit++)
        {
            var mask = FormulaMasks.Evaluate(_bank, planted.Formulas[unit]);
            var (inside, outside) = (new List<float>(), new List<float>());
            for (int image = 0; image < _bank.ImageCount; image++)
                for (int cell = 0; cell < 49; cell++)
                    ((mask[image] >> cell & 1) == 1 ? inside : outside).Add(values[(image * Units + unit) * 49 + cell]);
            Assert.InRange(outside.Average(), -0.02, 0.02);
            Assert.InRange(Std(outside), 0.28, 0.32); // σ 0.3
            if (inside.Count > 100) Assert.InRange(inside.Average(), 0.95, 3.05); // a gain in [1, 3]
        }
    }

    [Fact]
    public void Every_kind_is_planted_over_four_to_six_per_mille_of_the_cells_with_no_label_in_more_than_ten_formulas()
    {
        var planted = new PlantedActivations(_bank, Units, seed: 5);
        long cells = (long)_bank.ImageCount * 49;
        Assert.Equal(PlantedShape.All.Select(s => (s.Kind, s.Length)), planted.Shapes.Select(s => (s.Kind, s.Length)));
        for (int unit = 0; unit < Units; unit++)
        {
            var formula = planted.Formulas[unit];
            Assert.Equal(planted.Shapes[unit].Length, formula.Length);
            long covered = FormulaMasks.Evaluate(_bank, formula).Sum(word => (long)ulong.PopCount(word));
            Assert.InRange(covered, cells * 4 / 1000, cells * 6 / 1000);
        }
        var uses = planted.Formulas.SelectMany(FormulaParts.Primitives).GroupBy(FormulaParts.Label);
        Assert.All(uses, label => Assert.True(label.Count() <= PlantedActivations.MaxUsesPerLabel));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        Assert.Equal(Values(new PlantedActivations(_bank, Units, seed: 5)), Values(new PlantedActivations(_bank, Units, seed: 5)));
        Assert.NotEqual(Values(new PlantedActivations(_bank, Units, seed: 5)), Values(new PlantedActivations(_bank, Units, seed: 6)));
    }

    private float[] Values(PlantedActivations planted)
    {
        using var stream = new MemoryStream();
        planted.WriteImageMajor(stream);
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(stream.ToArray()).ToArray();
    }

    private static double Std(List<float> values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}
