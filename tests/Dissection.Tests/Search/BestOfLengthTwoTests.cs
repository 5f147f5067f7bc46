using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Search;

/// <summary>
/// The certificate (ALGORITHM §6.8) against brute force: every primitive, and every formula that
/// §6.3–6.4 give for every ordered pair of primitives and every connector, counted naively.
/// </summary>
public class BestOfLengthTwoTests
{
    private static readonly LabelMaskBank Bank = TestBanks.Random(seed: 21, images: 150, objects: 14, scenes: 4);

    private static readonly LabelMaskBank WideBank = TestBanks.Random(seed: 22, images: 100, objects: 10, scenes: 3, new GridShape(9, 9));

    public static TheoryData<OperatorSet, ScoreKind, bool, int> Configurations => new()
    {
        { OperatorSet.Close, ScoreKind.Iou, false, 0 }, { OperatorSet.Close, ScoreKind.Imrou, false, 1 },
        { OperatorSet.Close, ScoreKind.Imroun, false, 2 }, { OperatorSet.Standard, ScoreKind.Imroun, false, 3 },
        { OperatorSet.Close, ScoreKind.Imroun, true, 4 },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void The_certificate_is_the_best_formula_of_length_two_by_brute_force(OperatorSet operators, ScoreKind score, bool easy, int neuronSeed) =>
        AssertBruteForceBest(Bank, new SearchSettings { Operators = operators, Score = score, EasyMode = easy }, neuronSeed);

    [Theory]
    [MemberData(nameof(Configurations))]
    public void On_a_grid_of_several_words_the_certificate_is_the_brute_force_best(OperatorSet operators, ScoreKind score, bool easy, int neuronSeed) =>
        AssertBruteForceBest(WideBank, new SearchSettings { Operators = operators, Score = score, EasyMode = easy }, neuronSeed);

    private static void AssertBruteForceBest(LabelMaskBank bank, SearchSettings settings, int neuronSeed)
    {
        var neuron = TestNeurons.NearWithNoise(bank, neuronSeed);
        using var search = new BeamSearch(bank, settings).Start(neuron);
        Assert.Equal(Describe(BruteForce(bank, settings, neuron)), Describe(search.BestOfLengthTwo()!));
    }

    [Theory]
    [InlineData(SearchMode.Original)]
    [InlineData(SearchMode.Thorough)]
    public void After_a_search_the_certificate_is_the_same_and_at_least_every_short_formula_it_scored(SearchMode mode)
    {
        var settings = new SearchSettings { Mode = mode, MaxFormulaLength = 3 };
        var neuron = TestNeurons.NearWithNoise(Bank, 5);
        using var fresh = new BeamSearch(Bank, settings).Start(neuron);
        var before = fresh.BestOfLengthTwo()!;
        using var search = new BeamSearch(Bank, settings).Start(neuron);
        while (!search.IsComplete) search.RunPass();
        var after = search.BestOfLengthTwo()!;
        Assert.Equal(Describe(before), Describe(after));
        Assert.All(search.Result().BeamHistory.SelectMany(beam => beam).Where(m => m.Formula.Length <= 2), m => Assert.True(m.Score <= after.Score, m.Formula.ToString()));
    }

    [Fact]
    public void A_close_to_whose_right_label_misses_the_neuron_is_certified_where_the_original_search_misses_it()
    {
        // The neuron fires on A next to B, never on B: B scores 0 and is never a candidate of the original search.
        var objects = Bank.Labels.All.Where(l => !l.IsScene).Select(l => new LeafFormula(l.Number)).ToList();
        var planted = (from a in objects from b in objects where a.Label != b.Label
                       let cells = FormulaMasks.Evaluate(Bank, Formula.CloseTo(a, b))
                       where cells.Any(word => word != 0) && cells.Zip(FormulaMasks.Evaluate(Bank, b)).All(pair => (pair.First & pair.Second) == 0)
                       select cells).First();
        var neuron = new NeuronMask(planted, Bank.ImageCount, Bank.Grid);
        var settings = new SearchSettings { MaxFormulaLength = 2 };
        using var search = new BeamSearch(Bank, settings).Start(neuron);
        while (!search.IsComplete) search.RunPass();
        var certificate = search.BestOfLengthTwo()!;
        Assert.Equal(1.0 - settings.ComplexityPenalty, certificate.Score, 6);
        Assert.True(FormulaMasks.Evaluate(Bank, certificate.Formula).AsSpan().SequenceEqual(planted), certificate.Formula.ToString());
        Assert.True(search.Result().Best!.Score < certificate.Score, $"the original search found {search.Result().Best}");
    }

    /// <summary>The first formula reaching the best penalised score: primitives in order, then pairs in the loop order of §6.2.</summary>
    private static ScoredFormula BruteForce(LabelMaskBank bank, SearchSettings settings, NeuronMask neuron)
    {
        var (view, restricted) = settings.EasyMode ? EasyModeView.Restrict(bank, neuron) : (bank, neuron);
        using var session = new NaiveCountBackend().Open(view, restricted);
        var totals = restricted.Totals(restricted.ImageCount);
        double minimumCells = settings.EasyMode ? 0 : (double)restricted.ImageCount * restricted.Grid.Cells * settings.MinimumCoverage;
        ScoredFormula Scored(Formula formula, OverlapCounts counts) => new(formula,
            Scores.Penalised(Scores.Compute(settings.Score, totals, counts, settings.ImrouMultiplier, restricted.Grid.Cells), formula.Length, settings.ComplexityPenalty));

        var primitives = view.Primitives().ToList();
        var all = primitives.Select(p => Scored(p, session.Count(p))).ToList();
        foreach (var member in primitives)
            foreach (var primitive in primitives)
                foreach (var connector in settings.Operators.Connectors())
                    foreach (var formula in Combinations.Of(member, primitive, connector, view.Labels[FormulaParts.Label(primitive)].IsScene))
                    {
                        var counts = session.Count(formula);
                        if (counts.FormulaCells >= minimumCells) all.Add(Scored(formula, counts));
                    }
        return all.MaxBy(s => s.Score)!;
    }

    private static string Describe(ScoredFormula scored) => $"{scored.Formula} {scored.Score:R}";
}
