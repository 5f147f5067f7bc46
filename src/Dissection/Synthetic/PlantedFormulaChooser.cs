using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Chooses the formulas of <see cref="PlantedActivations"/>: every kind of <see cref="PlantedShape.All"/>,
/// unit by unit in turn, over non-scene labels; each covers 0.4–0.6 % of all cells (what a 99.5 %
/// threshold keeps) and differs from each of its labels alone; no label is in more than
/// <see cref="PlantedActivations.MaxUsesPerLabel"/> formulas.
/// </summary>
internal sealed class PlantedFormulaChooser
{
    private const int Attempts = 20_000;

    private readonly LabelMaskBank _bank;
    private readonly long _low, _high;
    private readonly List<LeafFormula> _labels;
    // Formulas within their first label (AND, AND NOT, WITH, CLOSE TO) need a first label of 0.4 % or more.
    private readonly List<LeafFormula> _large;
    private readonly List<LeafFormula> _notTiny;
    private readonly List<LeafFormula>[] _labelsIn;
    private readonly Dictionary<int, int> _uses = [];
    private SplitMix64 _random;

    public PlantedFormulaChooser(LabelMaskBank bank, int seed)
    {
        _bank = bank;
        long cells = (long)bank.ImageCount * bank.Grid.Cells;
        (_low, _high) = (cells * 4 / 1000, cells * 6 / 1000);
        _labels = [.. bank.Primitives().OfType<LeafFormula>().Where(leaf => !bank.Labels[leaf.Label].IsScene)];
        _large = [.. _labels.Where(leaf => PlantedActivations.Cells(bank.Plain(leaf.Label)!) >= _low)];
        _notTiny = [.. _labels.Where(leaf => PlantedActivations.Cells(bank.Plain(leaf.Label)!) >= _low / 8)];
        if (_large.Count == 0) throw new ArgumentException("The dataset has no label that covers 0.4 % of the cells.");
        _labelsIn = LabelsPerImage();
        _random = SplitMix64.For(seed, stream: 0);
    }

    public List<(PlantedShape Shape, Formula Formula)> Choose(int units)
    {
        var formulas = new List<(PlantedShape, Formula)>(units);
        for (int unit = 0; unit < units; unit++)
        {
            var shape = PlantedShape.All[unit % PlantedShape.All.Count];
            bool withinFirst = shape.Kind == "close to" || (shape.Length == 2 && shape.Kind is "and" or "and not" or "with");
            var firsts = withinFirst ? _large : _notTiny;
            // A AND B-X needs a B nearly as large as A: the one formula within its first label that may take two.
            formulas.Add((shape, Choose(shape, firsts, othersMayBeLarge: !withinFirst || shape.Kind == "and")
                ?? throw new ArgumentException($"Unit {unit}: no labels of this dataset make a further '{shape.Kind}' formula of length {shape.Length} "
                    + $"that covers 0.4–0.6 % of the cells, with {firsts.Count} labels to start from and none in more than {PlantedActivations.MaxUsesPerLabel} formulas.")));
        }
        return formulas;
    }

    /// <summary>
    /// The second and third labels come, every other attempt, from an image of the first (so that AND, WITH
    /// and CLOSE meet) or from the whole dataset (which ORs of rare labels need). Formulas that start from a
    /// large label take no second large one: there are few, and each such formula needs one.
    /// </summary>
    private Formula? Choose(PlantedShape shape, List<LeafFormula> firsts, bool othersMayBeLarge)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            var first = firsts[_random.Next(firsts.Count)];
            var support = _bank.Support(first);
            var others = attempt % 2 == 0 ? _labelsIn[support[_random.Next(support.Length)]] : _labels;
            var operands = new[] { first, others[_random.Next(others.Count)], others[_random.Next(others.Count)] }[..shape.Length];
            if ((!othersMayBeLarge && operands.Skip(1).Any(_large.Contains)) || operands.Select(o => o.Label).Distinct().Count() < operands.Length
                || operands.Any(o => _uses.GetValueOrDefault(o.Label) >= PlantedActivations.MaxUsesPerLabel)) continue;
            var formula = shape.Build(operands[0], operands.ElementAtOrDefault(1)!, operands.ElementAtOrDefault(2)!);
            var mask = FormulaMasks.Evaluate(_bank, formula);
            long covered = PlantedActivations.Cells(mask);
            if (covered < _low || covered > _high || (shape.Length > 1 && operands.Any(o => mask.AsSpan().SequenceEqual(_bank.Plain(o.Label))))) continue;
            foreach (var operand in operands) _uses[operand.Label] = _uses.GetValueOrDefault(operand.Label) + 1;
            return formula;
        }
        return null;
    }

    private List<LeafFormula>[] LabelsPerImage()
    {
        var perImage = new List<LeafFormula>[_bank.ImageCount];
        for (int image = 0; image < perImage.Length; image++) perImage[image] = [];
        foreach (var label in _labels)
            foreach (int image in _bank.Support(label)) perImage[image].Add(label);
        return perImage;
    }
}
