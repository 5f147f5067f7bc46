using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Search.Thorough;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Search;

/// <summary>
/// The thorough mode (ALGORITHM §6.7) against an exhaustive count of every combination of the beam
/// (in the first pass, of every primitive) with every primitive, on the naive backend: the admissible
/// bounds may skip work, never a formula.
/// </summary>
public class ThoroughSearchTests
{
    private static readonly LabelMaskBank Bank = TestBanks.Random(seed: 11, images: 160, objects: 16, scenes: 4);

    // Two words per image: the general path that counts on the label masks restricted to the firing images.
    private static readonly LabelMaskBank WideBank = TestBanks.Random(seed: 12, images: 120, objects: 12, scenes: 3, new GridShape(9, 9));

    public static TheoryData<OperatorSet, ScoreKind, int> Configurations => new()
    {
        { OperatorSet.Close, ScoreKind.Imroun, 0 }, { OperatorSet.Close, ScoreKind.Iou, 1 },
        { OperatorSet.Standard, ScoreKind.Iou, 2 }, { OperatorSet.Close, ScoreKind.Imrou, 3 },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Every_beam_is_the_one_an_exhaustive_count_keeps(OperatorSet operators, ScoreKind score, int neuronSeed) =>
        AssertExhaustive(Bank, operators, score, TestNeurons.NearWithNoise(Bank, neuronSeed));

    [Theory]
    [MemberData(nameof(Configurations))]
    public void On_a_grid_of_several_words_every_beam_is_the_one_an_exhaustive_count_keeps(OperatorSet operators, ScoreKind score, int neuronSeed) =>
        AssertExhaustive(WideBank, operators, score, TestNeurons.NearWithNoise(WideBank, neuronSeed));

    [Fact]
    public void A_planted_or_within_an_and_is_found_through_the_split_of_the_and()
    {
        // The first labels for which (A OR B) AND C-X has cells both A AND C-X and B AND C-X lack.
        var objects = Bank.Labels.All.Where(l => !l.IsScene).Select(l => l.Number).ToList();
        var (planted, mask) = (from a in objects from b in objects where b > a from c in objects where c != a && c != b
                               let formula = Formula.And(Formula.Or(new LeafFormula(a), new LeafFormula(b)), new ExpandFormula(c))
                               let cells = FormulaMasks.Evaluate(Bank, formula)
                               where Count(cells) > Count(FormulaMasks.Evaluate(Bank, Formula.And(new LeafFormula(a), new ExpandFormula(c))))
                                  && Count(cells) > Count(FormulaMasks.Evaluate(Bank, Formula.And(new LeafFormula(b), new ExpandFormula(c))))
                               select (formula, cells)).First();
        var (found, _) = AssertExhaustive(Bank, OperatorSet.Close, ScoreKind.Iou, new NeuronMask(mask, Bank.ImageCount, Bank.Grid));
        Assert.True(FormulaMasks.Evaluate(Bank, found).AsSpan().SequenceEqual(mask), $"found {found}, planted {planted}");
    }

    [Fact]
    public void A_planted_or_within_a_context_that_holds_all_of_a_member_is_found_through_its_copy()
    {
        // Object 1 widened to hold all of object 2, so that "object2 AND object1" is a copy of object2; the
        // neuron fires on object 2 and on the part of another object inside object 1, with a little noise.
        var (a, z) = (new LeafFormula(2), new LeafFormula(1));
        var bank = Widened(Bank, z.Label, a.Label);
        var objects = bank.Labels.All.Where(l => !l.IsScene && l.Number > 2).Select(l => new LeafFormula(l.Number));
        var planted = objects.Select(b => Formula.And(Formula.Or(a, b), z))
            .First(formula => Count(FormulaMasks.Evaluate(bank, formula)) > Count(FormulaMasks.Evaluate(bank, a)));
        var mask = FormulaMasks.Evaluate(bank, planted);

        var (found, contexts) = AssertExhaustive(bank, OperatorSet.Close, ScoreKind.Iou, new NeuronMask(mask, bank.ImageCount, bank.Grid));

        Assert.Contains(contexts, c => FormulaCodec.Key(c) == FormulaCodec.Key(Formula.And(a, z)));
        Assert.True(FormulaMasks.Evaluate(bank, found).AsSpan().SequenceEqual(mask), $"found {found}, planted {planted}");
    }

    /// <summary>The bank with label <paramref name="context"/>'s cells widened by all of label <paramref name="holds"/>'s.</summary>
    private static LabelMaskBank Widened(LabelMaskBank bank, int context, int holds)
    {
        var numbers = Enumerable.Range(0, bank.Labels.MaxNumber + 1);
        var plain = numbers.Select(bank.Plain).ToArray();
        plain[context] = [.. plain[context]!.Zip(plain[holds]!, (x, y) => x | y)];
        return new LabelMaskBank(bank.Labels, bank.Grid, bank.ImageCount, plain, [.. numbers.Select(bank.Expanded)]);
    }

    private static long Count(ulong[] mask) => mask.Sum(word => (long)ulong.PopCount(word));

    /// <summary>Runs a thorough search of length 4, checking every beam; returns its answer and the second pass's context copies.</summary>
    private static (Formula Found, List<Formula> Contexts) AssertExhaustive(LabelMaskBank bank, OperatorSet operators, ScoreKind score, NeuronMask neuron)
    {
        var settings = new SearchSettings { Mode = SearchMode.Thorough, Operators = operators, Score = score, MaxFormulaLength = 4 };
        using var search = new BeamSearch(bank, settings).Start(neuron);
        var initialBeam = search.Beam.Select(m => m.Formula).ToList();
        var secondPassContexts = ContextCopies(bank, initialBeam, settings, neuron);
        while (!search.IsComplete)
        {
            var expected = ExhaustiveBeam(bank, search.Beam, search.PassesDone == 0, search.PassesDone == 1 ? secondPassContexts : [], settings, neuron);
            search.RunPass();
            Assert.Equal(expected, search.Beam.Select(Describe));
        }
        var result = search.Result();
        Assert.Equal(4, result.BeamHistory.Count);
        return (result.Best!.Formula, secondPassContexts);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void The_bound_of_every_combination_is_at_least_its_score(OperatorSet operators, ScoreKind score, int neuronSeed)
    {
        var settings = new SearchSettings { Operators = operators, Score = score };
        var neuron = TestNeurons.NearWithNoise(Bank, neuronSeed);
        var scorer = new FormulaScorer(settings, neuron.Totals(neuron.ImageCount), Bank.Grid.Cells);
        using var session = new NaiveCountBackend().Open(Bank, neuron);
        var primitives = Bank.Primitives().ToList();
        var members = new List<Formula> { primitives[0], Formula.Or(primitives[1], primitives[2]), Formula.With(primitives[3], primitives[4]), Formula.And(primitives[11], primitives[12]),
            Formula.CloseTo(primitives[5], primitives[6]), Formula.Close(primitives[7], primitives[8]), Formula.AndNot(primitives[9], primitives[10]) };
        var known = new Dictionary<Formula, OverlapCounts>(ReferenceEqualityComparer.Instance);
        foreach (var part in members.SelectMany(FormulaParts.Nodes).Concat(primitives)) known[part] = session.Count(part);
        int checkedCount = 0;
        foreach (var member in members)
            foreach (var primitive in primitives)
                foreach (var connector in operators.Connectors())
                    foreach (var formula in Combinations.Of(member, primitive, connector, Bank.Labels[FormulaParts.Label(primitive)].IsScene, SearchMode.Thorough))
                    {
                        var range = CountBounds.Of(formula, f => known.TryGetValue(f, out var c) ? c : null);
                        var exact = session.Count(formula);
                        Assert.True(Within(range, exact), $"{formula}: {exact} outside {range}");
                        Assert.True(scorer.UpperBound(range, formula.Length) >= scorer.Penalised(exact, formula.Length), formula.ToString());
                        checkedCount++;
                    }
        Assert.True(checkedCount > 1000);
    }

    private static bool Within(CountRange range, OverlapCounts counts) =>
        range.Low.Intersection <= counts.Intersection && counts.Intersection <= range.High.Intersection
        && range.Low.FormulaCells <= counts.FormulaCells && counts.FormulaCells <= range.High.FormulaCells
        && range.Low.NeuronFormulaProducts <= counts.NeuronFormulaProducts && counts.NeuronFormulaProducts <= range.High.NeuronFormulaProducts;

    /// <summary>
    /// Every <c>A AND Z</c>, <c>A WITH Z</c> (Z no scene) and <c>A CLOSE TO Z</c> (Z no scene) of an initial beam
    /// member A, in that loop order, whose counts are A's own (§6.7's context copies).
    /// </summary>
    private static List<Formula> ContextCopies(LabelMaskBank bank, List<Formula> initialBeam, SearchSettings settings, NeuronMask neuron)
    {
        using var session = new NaiveCountBackend().Open(bank, neuron);
        var copies = new List<Formula>();
        foreach (var a in initialBeam)
            foreach (var connector in settings.Operators.Connectors())
                foreach (var z in bank.Primitives())
                {
                    bool scene = bank.Labels[FormulaParts.Label(z)].IsScene;
                    Formula? copy = connector switch
                    {
                        Connector.And => Formula.And(a, z),
                        Connector.With when !scene => Formula.With(a, z),
                        Connector.Close when !scene => Formula.CloseTo(a, z),
                        _ => null,
                    };
                    if (copy is not null && FormulaParts.Label(a) != FormulaParts.Label(z) && session.Count(copy) == session.Count(a)) copies.Add(copy);
                }
        return copies;
    }

    /// <summary>
    /// Every combination of the beam (and the context copies) with every primitive, counted and ranked as
    /// §6.7 says; in the first pass every primitive is a member, its repeats of a formula coming after the first.
    /// </summary>
    private static List<string> ExhaustiveBeam(LabelMaskBank bank, IReadOnlyList<ScoredFormula> beam, bool firstPass, List<Formula> contexts, SearchSettings settings, NeuronMask neuron)
    {
        using var session = new NaiveCountBackend().Open(bank, neuron);
        var totals = neuron.Totals(neuron.ImageCount);
        double minimumCells = (double)neuron.ImageCount * neuron.Grid.Cells * settings.MinimumCoverage;
        var pool = new List<ScoredFormula>(beam);
        var members = firstPass ? bank.Primitives().ToList() : [.. beam.Select(m => m.Formula), .. contexts];
        foreach (var member in members)
        {
            var memberCounts = session.Count(member);
            foreach (var primitive in bank.Primitives())
            {
                var primitiveCounts = session.Count(primitive);
                foreach (var connector in settings.Operators.Connectors())
                    foreach (var formula in Combinations.Of(member, primitive, connector, bank.Labels[FormulaParts.Label(primitive)].IsScene, SearchMode.Thorough))
                    {
                        var counts = session.Count(formula);
                        bool addsNothing = connector is Connector.Or or Connector.AndNot && (counts == memberCounts || counts == primitiveCounts);
                        if (counts.FormulaCells < minimumCells || addsNothing) continue;
                        double score = Scores.Compute(settings.Score, totals, counts, settings.ImrouMultiplier, neuron.Grid.Cells);
                        pool.Add(new ScoredFormula(formula, Scores.Penalised(score, formula.Length, settings.ComplexityPenalty)));
                    }
            }
        }
        var picked = new HashSet<string>();
        return [.. pool.OrderByDescending(m => m.Score).Where(m => picked.Add(FormulaCodec.Key(m.Formula, ignoreExpansion: true))).Take(settings.BeamSize).Select(Describe)];
    }

    private static string Describe(ScoredFormula scored) => $"{scored.Formula} {scored.Score:R}";
}
