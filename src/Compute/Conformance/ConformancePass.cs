using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Compute.Conformance;

/// <summary>
/// A synthetic beam pass: a beam holding every formula shape the search builds up to length 3
/// (each connector, CLOSE TO with one and two right operands, WITH/CLOSE with composite operands),
/// candidates including a scene, and every formula the combination rules (ALGORITHM §6.3) make
/// from them with every connector.
/// </summary>
public sealed record ConformancePass(IReadOnlyList<Formula> Beam, IReadOnlyList<Formula> Candidates, IReadOnlyList<Formula> Formulas)
{
    private static readonly Connector[] Connectors = [Connector.Or, Connector.And, Connector.AndNot, Connector.With, Connector.Close];

    public static ConformancePass Create(LabelMaskBank bank, int seed, int candidateCount = 6)
    {
        var random = new Random(seed);
        var primitives = bank.Primitives().ToList();
        // Plain object labels as operands, so that no redundancy or scene rule prunes a shape away
        // (CLOSE TO with two right operands needs plain leaves on the right).
        var objects = primitives.Where(p => p is LeafFormula && !IsScene(bank, p)).ToList();
        Formula Pick(List<Formula> from) => from[random.Next(from.Count)];

        var pairs = Connectors.SelectMany(connector => Grow(bank, Pick(objects), Pick(objects), connector))
            .Concat(Grow(bank, Pick(primitives), Pick(primitives), Connector.Or))
            .ToList();
        var triples = pairs.SelectMany(pair => Connectors.SelectMany(connector => Grow(bank, pair, Pick(objects), connector))).ToList();
        var candidates = Enumerable.Range(0, candidateCount - 1).Select(_ => Pick(primitives))
            .Concat(primitives.Where(p => IsScene(bank, p)).Take(1))
            .ToList();
        List<Formula> beam = [Pick(primitives), .. pairs, .. triples.Where((_, i) => i % 3 == 0)];
        var formulas = (from member in beam
                        from candidate in candidates
                        from connector in Connectors
                        from formula in Grow(bank, member, candidate, connector)
                        select formula).ToList();
        return new ConformancePass(beam, candidates, formulas);
    }

    /// <summary>
    /// The pass a search ran after <paramref name="passesDone"/> passes: its beam then, its
    /// candidates, and every formula they combine into (without the search's seen-key filter).
    /// </summary>
    public static ConformancePass FromSearch(LabelMaskBank bank, SearchResult result, OperatorSet operators, int passesDone)
    {
        var beam = result.BeamHistory[passesDone].Select(m => m.Formula).ToList();
        var candidates = result.Candidates.Select(c => c.Formula).ToList();
        var formulas = (from member in beam
                        from candidate in candidates
                        from connector in operators.Connectors()
                        from formula in Grow(bank, member, candidate, connector)
                        select formula).ToList();
        return new ConformancePass(beam, candidates, formulas);
    }

    private static IReadOnlyList<Formula> Grow(LabelMaskBank bank, Formula member, Formula candidate, Connector connector) =>
        Combinations.Of(member, candidate, connector, IsScene(bank, candidate));

    private static bool IsScene(LabelMaskBank bank, Formula primitive) => bank.Labels[primitive switch
    {
        LeafFormula leaf => leaf.Label,
        ExpandFormula expand => expand.Label,
        _ => throw new ArgumentException($"'{primitive}' is not a primitive.", nameof(primitive)),
    }].IsScene;
}
