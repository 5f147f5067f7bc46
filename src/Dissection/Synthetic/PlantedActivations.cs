using NeuronOrleans.Dissection.Compute;
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
        var chosen = ChooseFormulas(bank, units, seed);
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

    /// <summary>
    /// Formulas of every kind (<see cref="PlantedShape.All"/>, unit by unit in turn) over non-scene
    /// labels, each covering 0.4–0.6 % of all cells (what a 99.5 % threshold keeps), different from each
    /// of its labels alone, and no label in more than <see cref="MaxUsesPerLabel"/> formulas. The
    /// second and third labels are often drawn from an image of the first, so that AND, WITH and CLOSE meet.
    /// </summary>
    private static List<(PlantedShape Shape, Formula Formula)> ChooseFormulas(LabelMaskBank bank, int units, int seed)
    {
        long cells = (long)bank.ImageCount * bank.Grid.Cells, low = cells * 4 / 1000, high = cells * 6 / 1000;
        var labels = bank.Primitives().OfType<LeafFormula>().Where(leaf => !bank.Labels[leaf.Label].IsScene).ToList();
        // Formulas within their first label (AND, AND NOT, WITH, CLOSE TO) need a first label of 0.4 % or more.
        var small = labels.Where(leaf => Cells(bank.Plain(leaf.Label)!) >= low / 8).ToList();
        var large = labels.Where(leaf => Cells(bank.Plain(leaf.Label)!) >= low).ToList();
        if (large.Count == 0) throw new ArgumentException("The dataset has no label that covers 0.4 % of the cells.");
        var labelsIn = LabelsPerImage(bank, labels);
        var uses = new Dictionary<int, int>();
        var random = SplitMix64.For(seed, stream: 0);
        var formulas = new List<(PlantedShape, Formula)>(units);
        for (int unit = 0; unit < units; unit++)
        {
            var shape = PlantedShape.All[unit % PlantedShape.All.Count];
            bool withinFirst = shape.Kind == "close to" || (shape.Length == 2 && shape.Kind is "and" or "and not" or "with");
            var firsts = withinFirst ? large : small;
            formulas.Add((shape, Choose(bank, shape, labels, firsts, labelsIn, uses, ref random, low, high)
                ?? throw new ArgumentException($"No labels of this dataset make a '{shape.Kind}' formula of length {shape.Length} that covers 0.4–0.6 % of the cells.")));
        }
        return formulas;
    }

    private static Formula? Choose(LabelMaskBank bank, PlantedShape shape, List<LeafFormula> labels, List<LeafFormula> firsts, List<LeafFormula>[] labelsIn,
        Dictionary<int, int> uses, ref SplitMix64 random, long low, long high)
    {
        for (int attempt = 0; attempt < 20_000; attempt++)
        {
            var first = firsts[random.Next(firsts.Count)];
            var support = bank.Support(first);
            // Every other attempt draws the other labels from the whole dataset, which ORs of rare labels need.
            var others = attempt % 2 == 0 ? labelsIn[support[random.Next(support.Length)]] : labels;
            var operands = new[] { first, others[random.Next(others.Count)], others[random.Next(others.Count)] }[..shape.Length];
            if (operands.Select(o => o.Label).Distinct().Count() < operands.Length || operands.Any(o => uses.GetValueOrDefault(o.Label) >= MaxUsesPerLabel)) continue;
            var formula = shape.Build(operands[0], operands.ElementAtOrDefault(1)!, operands.ElementAtOrDefault(2)!);
            var mask = FormulaMasks.Evaluate(bank, formula);
            long covered = Cells(mask);
            if (covered < low || covered > high || (shape.Length > 1 && operands.Any(o => mask.AsSpan().SequenceEqual(bank.Plain(o.Label))))) continue;
            foreach (var operand in operands) uses[operand.Label] = uses.GetValueOrDefault(operand.Label) + 1;
            return formula;
        }
        return null;
    }

    private static List<LeafFormula>[] LabelsPerImage(LabelMaskBank bank, List<LeafFormula> labels)
    {
        var perImage = new List<LeafFormula>[bank.ImageCount];
        for (int image = 0; image < perImage.Length; image++) perImage[image] = [];
        foreach (var label in labels)
            foreach (int image in bank.Support(label)) perImage[image].Add(label);
        return perImage;
    }

    private static long Cells(ulong[] mask) => mask.Sum(word => (long)ulong.PopCount(word));
}
