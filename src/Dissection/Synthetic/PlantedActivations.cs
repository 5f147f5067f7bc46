using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Activations of units that each detect a known formula, for benchmarks and for checking that the
/// search recovers what was planted: a unit's value in a cell is gain × (formula mask) + Gaussian
/// noise, with a gain drawn per unit from [1, 3] and noise of σ 0.3. Planted masks cover 0.4–0.6 %
/// of the cells, so the 99.5 % threshold keeps most of the planted cells and few others.
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
        var chosen = new PlantedFormulaChooser(bank, seed).Choose(units);
        Formulas = [.. chosen.Select(c => c.Formula)];
        Shapes = [.. chosen.Select(c => c.Shape)];
        _masks = [.. Formulas.Select(formula => FormulaMasks.Evaluate(bank, formula))];
        var random = SplitMix64.For(seed, stream: 1);
        _gains = [.. Formulas.Select(_ => (float)(1 + 2 * random.NextDouble()))];
    }

    /// <summary>No label takes part in more planted formulas than this.</summary>
    public const int MaxUsesPerLabel = 10;

    /// <summary>The formula planted in each unit, by unit.</summary>
    public IReadOnlyList<Formula> Formulas { get; }

    /// <summary>The kind and shape of each unit's formula.</summary>
    public IReadOnlyList<PlantedShape> Shapes { get; }

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

    internal static long Cells(ulong[] mask) => mask.Sum(word => (long)ulong.PopCount(word));
}
