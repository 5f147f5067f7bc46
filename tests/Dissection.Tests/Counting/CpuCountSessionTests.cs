using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Tests.Naive;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.Counting;

/// <summary>The CPU backend (sparse, fused where it can) against the naive oracle, for every formula shape a pass makes.</summary>
public sealed class CpuCountSessionTests
{
    [Fact]
    public void Every_combination_of_a_varied_beam_counts_as_the_oracle_does()
    {
        var bank = TestBanks.Random(seed: 9, images: 300, objects: 14, scenes: 3);
        var neuron = new NeuronMask(RandomMasks.Create(new Random(4), bank.ImageCount, bank.Grid), bank.ImageCount, bank.Grid);
        var candidates = bank.Primitives().ToList();
        var (a, b, c) = (candidates[0], candidates[1], candidates[^1]);
        var beam = new List<Formula>
        {
            a, Formula.Or(a, b), Formula.Or(Formula.Or(a, b), c), Formula.And(a, c), Formula.AndNot(a, b), Formula.AndNot(Formula.AndNot(a, b), c),
            Formula.With(a, b), Formula.Close(a, c), Formula.CloseTo(b, a), new CloseToFormula(a, [b, c]),
        };
        var formulas = beam.SelectMany(member => candidates.SelectMany(candidate =>
            OperatorSet.Close.Connectors().SelectMany(connector => Combinations.Of(member, candidate, connector, bank.Labels[Label(candidate)].IsScene)))).ToList();
        Assert.True(formulas.Count > 1000);

        var expected = Count(new NaiveCountBackend(), bank, neuron, beam, candidates, formulas);
        var actual = Count(CpuCountBackend.Instance, bank, neuron, beam, candidates, formulas);

        for (int i = 0; i < formulas.Count; i++) Assert.True(expected[i] == actual[i], $"{formulas[i].Print(bank.Labels)}: {expected[i]} vs {actual[i]}");
    }

    [Fact]
    public void All_primitives_counted_at_once_count_as_the_oracle_does()
    {
        var bank = TestBanks.Random(seed: 3, images: 400, objects: 20, scenes: 4);
        var neuron = new NeuronMask(RandomMasks.Create(new Random(6), bank.ImageCount, bank.Grid), bank.ImageCount, bank.Grid);
        var primitives = bank.Primitives().ToList();
        Assert.Contains(primitives, p => p is ExpandFormula);

        var expected = Count(new NaiveCountBackend(), bank, neuron, [], [], primitives);
        using var session = CpuCountBackend.Instance.Open(bank, neuron);
        var actual = new FormulaCounts[primitives.Count];
        session.CountPrimitives(primitives, actual);

        for (int i = 0; i < primitives.Count; i++) Assert.True(expected[i] with { Prefix = default } == actual[i], $"{primitives[i].Print(bank.Labels)}: {expected[i]} vs {actual[i]}");
    }

    [Fact]
    public void A_formula_dropped_on_its_prefix_keeps_exact_prefix_counts_and_the_others_their_totals()
    {
        var bank = TestBanks.Random(seed: 9, images: 300, objects: 14, scenes: 3);
        var neuron = new NeuronMask(RandomMasks.Create(new Random(5), bank.ImageCount, bank.Grid), bank.ImageCount, bank.Grid);
        var candidates = bank.Primitives().ToList();
        var beam = new List<Formula> { candidates[0], Formula.Or(candidates[0], candidates[1]), Formula.With(candidates[2], candidates[3]) };
        var formulas = beam.SelectMany(member => candidates.SelectMany(candidate =>
            OperatorSet.Close.Connectors().SelectMany(connector => Combinations.Of(member, candidate, connector, bank.Labels[Label(candidate)].IsScene)))).ToList();
        // Any verdict on the prefix counts will do; this one drops about half of the formulas.
        static bool Drops(Formula formula, OverlapCounts prefix) => prefix.FormulaCells % 2 == 1;

        var expected = Count(new NaiveCountBackend(), bank, neuron, beam, candidates, formulas);
        var actual = Count(CpuCountBackend.Instance, bank, neuron, beam, candidates, formulas, Drops);

        Assert.InRange(formulas.Count(f => f is CloseFormula or CloseToFormula && Drops(f, expected[formulas.IndexOf(f)].Prefix)), 50, formulas.Count);
        for (int i = 0; i < formulas.Count; i++)
        {
            Assert.Equal(expected[i].Prefix, actual[i].Prefix);
            if (!Drops(formulas[i], expected[i].Prefix)) Assert.Equal(expected[i].Total, actual[i].Total);
        }
    }

    private static FormulaCounts[] Count(ICountBackend backend, LabelMaskBank bank, NeuronMask neuron, List<Formula> beam, List<Formula> candidates, List<Formula> formulas,
        Func<Formula, OverlapCounts, bool>? dropsAfterPrefix = null)
    {
        using var session = backend.Open(bank, neuron);
        session.BeginPass(beam, candidates);
        var counts = new FormulaCounts[formulas.Count];
        session.Count(formulas, prefixImages: 120, counts, dropsAfterPrefix);
        return counts;
    }

    private static int Label(Formula primitive) => primitive is LeafFormula leaf ? leaf.Label : ((ExpandFormula)primitive).Label;
}
