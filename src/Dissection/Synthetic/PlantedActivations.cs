using NeuronOrleans.Dissection.Compute;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Activations of units that each detect a known formula, for benchmarks and for checking that the
/// search recovers what was planted: a unit's value in a cell is gain × (formula mask) + Gaussian
/// noise, with a gain drawn per unit from [1, 3] and noise of σ 0.3. At the 99.5 % threshold the
/// neuron mask then keeps most of the planted cells and few others.
/// </summary>
public sealed class PlantedActivations
{
    public const double NoiseSigma = 0.3;

    private readonly LabelMaskBank _bank;
    private readonly int _seed;
    private readonly ulong[][] _masks;
    private readonly float[] _gains;

    public PlantedActivations(LabelMaskBank bank, int units, int seed)
    {
        _bank = bank;
        _seed = seed;
        Formulas = ChooseFormulas(bank, units, seed);
        _masks = [.. Formulas.Select(formula => FormulaMasks.Evaluate(bank, formula))];
        var random = SplitMix64.For(seed, stream: 1);
        _gains = [.. Formulas.Select(_ => (float)(1 + 2 * random.NextDouble()))];
    }

    /// <summary>The formula planted in each unit, by unit.</summary>
    public IReadOnlyList<Formula> Formulas { get; }

    /// <summary>
    /// Writes every value as little-endian float32, image-major <c>[images, units, h, w]</c> (the
    /// layout of a numpy export), deterministically for the seed.
    /// </summary>
    public void WriteImageMajor(Stream destination, CancellationToken cancellation = default)
    {
        var grid = _bank.Grid;
        int units = Formulas.Count, cells = grid.Cells, words = grid.WordsPerImage;
        var row = new float[units * cells];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(row.AsSpan());
        for (int image = 0; image < _bank.ImageCount; image++)
        {
            cancellation.ThrowIfCancellationRequested();
            var noise = SplitMix64.For(_seed, stream: 2 + image);
            for (int unit = 0; unit < units; unit++)
            {
                var mask = _masks[unit].AsSpan(image * words, words);
                for (int cell = 0; cell < cells; cell++)
                {
                    bool planted = (mask[cell >> 6] >> (cell & 63) & 1) != 0;
                    row[unit * cells + cell] = (planted ? _gains[unit] : 0f) + (float)(NoiseSigma * Gaussian(ref noise));
                }
            }
            destination.Write(bytes);
        }
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Gaussian(ref SplitMix64 random)
    {
        double u = 1 - random.NextDouble(), v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>
    /// A mix of what the search should find: single labels, ORs, ANDs and CLOSE TOs of labels that
    /// cover enough cells to be found (at least 0.05 % of all cells), no scenes.
    /// </summary>
    private static List<Formula> ChooseFormulas(LabelMaskBank bank, int units, int seed)
    {
        long minimum = (long)bank.ImageCount * bank.Grid.Cells / 2000;
        var labels = bank.Primitives().OfType<LeafFormula>()
            .Where(leaf => !bank.Labels[leaf.Label].IsScene && Cells(bank.Plain(leaf.Label)!) >= minimum)
            .ToList();
        if (labels.Count < 2) throw new ArgumentException("The dataset has fewer than two labels that cover enough cells to plant formulas.");
        var random = SplitMix64.For(seed, stream: 0);
        var formulas = new List<Formula>(units);
        for (int unit = 0; unit < units; unit++)
        {
            var a = labels[random.Next(labels.Count)];
            var b = labels[random.Next(labels.Count)];
            while (b.Label == a.Label) b = labels[random.Next(labels.Count)];
            formulas.Add((unit % 4) switch
            {
                0 => a,
                1 => Formula.Or(a, b),
                2 => Formula.And(a, new ExpandFormula(b.Label)),
                _ => Formula.CloseTo(a, b),
            });
        }
        return formulas;
    }

    private static long Cells(ulong[] mask) => mask.Sum(word => (long)ulong.PopCount(word));
}
