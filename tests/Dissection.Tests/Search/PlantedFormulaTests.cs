using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Synthetic;

namespace NeuronOrleans.Dissection.Tests.Search;

/// <summary>
/// A generated dataset, shared: written and read back through the real Broden reader. Without
/// EXPAND primitives, so that a planted label is not shadowed by its own expansion.
/// </summary>
public sealed class GeneratedDataset : IDisposable
{
    public GeneratedDataset()
    {
        Folder = Path.Combine(Path.GetTempPath(), "neuron-orleans-planted-" + Guid.NewGuid().ToString("N"));
        new SyntheticBrodenGenerator(new SyntheticBrodenOptions { Seed = 3, AdeImageCount = 300 }).Write(Folder);
        Bank = LabelMaskBankBuilder.Build(BrodenDataset.Open(Folder), new MaskBankSettings { Expansions = false });
    }

    public string Folder { get; }
    public LabelMaskBank Bank { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// A neuron whose mask is exactly a known formula's mask must be explained by that formula, or
/// by one with the identical mask (IoU 1). AND NOT cannot be planted exactly: a subtracted label
/// never overlaps the result, scores 0 and so is never a candidate (ALGORITHM §6.1).
/// </summary>
public class PlantedFormulaTests(GeneratedDataset data) : IClassFixture<GeneratedDataset>
{
    public static TheoryData<string, OperatorSet> Plantings => new()
    {
        { "A OR B", OperatorSet.Standard },
        { "A AND B", OperatorSet.Standard },
        { "A OR B OR C", OperatorSet.Close },
        { "A CLOSE TO B", OperatorSet.Close },
        { "A WITH B", OperatorSet.Close },
        { "A CLOSE B", OperatorSet.Close },
        { "A CLOSE TO B & C", OperatorSet.Close },
    };

    [Theory]
    [MemberData(nameof(Plantings))]
    public void The_planted_formula_is_recovered_with_iou_one(string shape, OperatorSet operators)
    {
        var planted = Plant(shape);
        var plantedMask = FormulaMasks.Evaluate(data.Bank, planted);
        var neuron = new NeuronMask(plantedMask, data.Bank.ImageCount, data.Bank.Grid);
        var settings = new SearchSettings { Operators = operators, MaxFormulaLength = planted.Length, Score = ScoreKind.Iou };

        var result = new BeamSearch(data.Bank, settings).Run(neuron);

        var found = result.Best!.Formula;
        string description = $"planted {planted.Print(data.Bank.Labels)}, found {found.Print(data.Bank.Labels)}";
        Assert.True(plantedMask.AsSpan().SequenceEqual(FormulaMasks.Evaluate(data.Bank, found)), description);
        Assert.Equal(1.0, Scores.Iou(result.Neuron, result.BestCounts), 9);
    }

    /// <summary>
    /// Fills the shape with frequent object labels that make it non-trivial (its mask is non-empty
    /// and differs from every single operand's) and that a greedy search can start from: the first
    /// operand is the single primitive that matches the planted mask best.
    /// </summary>
    private Formula Plant(string shape)
    {
        var objects = data.Bank.Labels.All
            .Where(l => l.Category == "object" && data.Bank.Plain(l.Number) is not null)
            .OrderByDescending(l => data.Bank.Plain(l.Number)!.Sum(w => (long)System.Numerics.BitOperations.PopCount(w)))
            .Take(12).Select(l => (Formula)new LeafFormula(l.Number)).ToList();
        foreach (var a in objects)
            foreach (var b in objects.Where(b => b != a))
                foreach (var c in objects.Where(c => c != a && c != b))
                {
                    var formula = Build(shape, a, b, c);
                    var mask = FormulaMasks.Evaluate(data.Bank, formula);
                    bool nonTrivial = mask.Any(w => w != 0) && new[] { a, b, c }.All(p => !mask.AsSpan().SequenceEqual(data.Bank.Primitive(p)));
                    if (nonTrivial && FormulaCodec.Key(BestPrimitive(mask)) == FormulaCodec.Key(a)) return formula;
                }
        throw new InvalidOperationException($"No labels make '{shape}' non-trivial.");
    }

    private Formula BestPrimitive(ulong[] mask)
    {
        var neuron = new NeuronMask(mask, data.Bank.ImageCount, data.Bank.Grid);
        var totals = neuron.Totals(neuron.ImageCount);
        return data.Bank.Primitives().OrderByDescending(p => Scores.Iou(totals, OverlapCounter.Count(neuron, data.Bank.Primitive(p), 0, neuron.ImageCount))).First();
    }

    private static Formula Build(string shape, Formula a, Formula b, Formula c) => shape switch
    {
        "A OR B" => Formula.Or(a, b),
        "A AND B" => Formula.And(a, b),
        "A OR B OR C" => Formula.Or(Formula.Or(a, b), c),
        "A CLOSE TO B" => Formula.CloseTo(a, b),
        "A WITH B" => Formula.With(a, b),
        "A CLOSE B" => Formula.Close(a, b),
        "A CLOSE TO B & C" => ((CloseToFormula)Formula.CloseTo(a, b)).Append(c),
        _ => throw new ArgumentException(shape),
    };
}
