using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Dissection.Tests.Broden;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Synthetic;

/// <summary>Verdicts on planted units against masks and scores counted on bool grids by the naive backend.</summary>
public class PlantedBenchmarkTests
{
    private static readonly LabelMaskBank Bank = TestBanks.Random(seed: 21, images: 120, objects: 10, scenes: 2);
    private static readonly List<Formula> Primitives = [.. Bank.Primitives()];
    private static readonly Formula Planted = Formula.Or(Primitives[0], Primitives[1]);
    private static readonly SearchSettings Settings = new();

    [Fact]
    public void Verdicts_agree_with_naively_counted_masks_and_scores()
    {
        // The neuron fires on the planted formula and on the smallest label besides: adding that label beats the planted formula.
        var extra = Primitives.Skip(2).OfType<LeafFormula>().MinBy(p => Bank.Primitive(p).Sum(w => (long)ulong.PopCount(w)))!;
        var neuron = Noisy(FormulaMasks.Evaluate(Bank, Formula.Or(Planted, extra)));
        var scorer = new FormulaScorer(Settings, neuron.Totals(neuron.ImageCount), Bank.Grid.Cells);
        var answers = Primitives.Concat(Primitives.Select(p => Formula.Or(Planted, p))).Append(Formula.Or(Primitives[1], Primitives[0])).ToList();
        var verdicts = answers.Select(answer => (answer, verdict: PlantedBenchmark.Judge(Bank, neuron, scorer, Planted, answer))).ToList();

        foreach (var (answer, verdict) in verdicts)
        {
            Assert.Equal(answer.ToString() == Planted.ToString() || answer.ToString() == Formula.Or(Primitives[1], Primitives[0]).ToString(), verdict.Identical);
            Assert.Equal(NaiveMaskIou(Planted, answer) >= 0.95, verdict.Recovered);
            Assert.Equal(NaivePenalised(neuron, Planted) > NaivePenalised(neuron, answer), verdict.Missed);
            Assert.Equal((NaivePenalised(neuron, Planted), NaivePenalised(neuron, answer)), (verdict.Scores.Planted, verdict.Scores.Answer!.Value));
        }
        Assert.Contains(verdicts, v => v.verdict.Recovered && !v.verdict.Identical);
        Assert.Contains(verdicts, v => !v.verdict.Recovered);
        Assert.Contains(verdicts, v => v.verdict.Missed);
        Assert.Contains(verdicts, v => !v.verdict.Missed && !v.verdict.Identical);
    }

    [Fact]
    public void A_unit_without_an_answer_is_missed_when_its_planted_formula_scores()
    {
        var neuron = Noisy(FormulaMasks.Evaluate(Bank, Planted));
        var scorer = new FormulaScorer(Settings, neuron.Totals(neuron.ImageCount), Bank.Grid.Cells);
        var verdict = PlantedBenchmark.Judge(Bank, neuron, scorer, Planted, answer: null);
        Assert.Equal((false, false, true), (verdict.Identical, verdict.Recovered, verdict.Missed));
        Assert.Equal(NaivePenalised(neuron, Planted), verdict.Scores.Planted, 12);
        Assert.Null(verdict.Scores.Answer);
    }

    [Fact]
    public void Planted_units_and_answers_are_read_back_and_a_bad_formula_names_its_line()
    {
        using var folder = new TempFolder();
        var labels = Bank.Labels;
        File.WriteAllLines(folder.File("planted.csv"), ["unit,kind,length,formula", $"3,or,2,\"{Planted.Print(labels)}\""]);
        File.WriteAllLines(folder.File("results.csv"), ["neuron,formula,status", $"3,\"{Primitives[2].Print(labels)}\",explained", "4,,empty", "5,(object1 OR,explained"]);

        var unit = Assert.Single(PlantedBenchmark.ReadPlanted(folder.File("planted.csv"), labels));
        Assert.Equal((3, "or", 2, Planted.ToString()), (unit.Unit, unit.Kind, unit.Length, unit.Formula.ToString()));
        var error = Assert.Throws<BrodenFormatException>(() => PlantedBenchmark.ReadAnswers(folder.File("results.csv"), labels));
        Assert.Contains("line 4", error.Message);

        File.WriteAllLines(folder.File("results.csv"), ["neuron,formula,status", $"3,\"{Primitives[2].Print(labels)}\",explained", "4,,empty"]);
        var answers = PlantedBenchmark.ReadAnswers(folder.File("results.csv"), labels);
        Assert.Equal(Primitives[2].ToString(), answers[3]!.ToString());
        Assert.Null(answers[4]);
    }

    /// <summary>The planted mask with one cell flipped in every fifth image.</summary>
    private static NeuronMask Noisy(ulong[] mask)
    {
        var bits = (ulong[])mask.Clone();
        var random = new Random(3);
        for (int image = 0; image < Bank.ImageCount; image += 5) bits[image] ^= 1UL << random.Next(49);
        return new NeuronMask(bits, Bank.ImageCount, Bank.Grid);
    }

    private static double NaiveMaskIou(Formula a, Formula b)
    {
        var asNeuron = new NeuronMask(FormulaMasks.Evaluate(Bank, a), Bank.ImageCount, Bank.Grid);
        return Scores.Iou(asNeuron.Totals(asNeuron.ImageCount), NaiveCounts(asNeuron, b));
    }

    private static double NaivePenalised(NeuronMask neuron, Formula formula) => Scores.Penalised(
        Scores.Compute(Settings.Score, neuron.Totals(neuron.ImageCount), NaiveCounts(neuron, formula), Settings.ImrouMultiplier, Bank.Grid.Cells),
        formula.Length, Settings.ComplexityPenalty);

    private static OverlapCounts NaiveCounts(NeuronMask neuron, Formula formula)
    {
        using var session = new NaiveCountBackend().Open(Bank, neuron);
        var counts = new FormulaCounts[1];
        session.Count([formula], 0, counts);
        return counts[0].Total;
    }
}
