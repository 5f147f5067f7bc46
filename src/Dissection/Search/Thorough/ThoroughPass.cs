using NeuronOrleans.Dissection.Compute;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// A pass of the thorough search (ALGORITHM §6.7): every beam member is combined with every
/// primitive, not only the candidates, and only combinations that may enter the beam are counted
/// in full. A member and a connector give a few templates with a hole for the primitive; each is
/// counted for all primitives at once on the images where the neuron fires, which hold all of ΣI and
/// Σ N_i·L_i. With ΣL off those images bounded from the parts, that bounds the score; the survivors
/// are counted in full, best bound first, while the beam's entry score rises. The kept formulas are
/// exactly those an exhaustive count would keep.
/// </summary>
internal sealed class ThoroughPass : IDisposable
{
    private readonly SearchSettings _settings;
    private readonly FormulaScorer _scorer;
    private readonly IReadOnlyList<Formula> _primitives;
    private readonly IReadOnlyList<OverlapCounts> _primitiveCounts;
    private readonly bool[] _isScene;
    private readonly ITemplateCounter _counter;
    private readonly double _minimumCells;

    public ThoroughPass(LabelMaskBank bank, NeuronMask neuron, SearchSettings settings, ICountBackend backend, FormulaScorer scorer,
        IReadOnlyList<Formula> primitives, IReadOnlyList<OverlapCounts> primitiveCounts)
    {
        _settings = settings;
        _scorer = scorer;
        _primitives = primitives;
        _primitiveCounts = primitiveCounts;
        _isScene = [.. primitives.Select(p => bank.Labels[FormulaParts.Label(p)].IsScene)];
        _minimumCells = settings.EasyMode ? 0 : (double)neuron.ImageCount * neuron.Grid.Cells * settings.MinimumCoverage;
        _counter = bank.Grid.IsSingleWord
            ? new WordTemplateCounter(bank, neuron, primitives)
            : new SessionTemplateCounter(bank, neuron, primitives, backend);
    }

    public long FormulasCounted { get; private set; }

    /// <summary>The new formulas of a pass that survive the coverage filter and may enter the beam, in loop order, with their scores.</summary>
    public List<ScoredFormula> NewFormulas(IReadOnlyList<ScoredFormula> beam)
    {
        var members = beam.Select(m => m.Formula).ToList();
        _counter.BeginPass(members);
        var threshold = new BeamThreshold(_settings.BeamSize);
        foreach (var member in beam) threshold.Offer(member);
        return CountedInFull(Bounded(members, threshold.Value), threshold);
    }

    public void Dispose() => _counter.Dispose();

    /// <summary>Every combination whose score bound reaches the beam's entry score.</summary>
    private List<Combination> Bounded(List<Formula> members, double threshold)
    {
        var survivors = new List<Combination>();
        var connectors = _settings.Operators.Connectors();
        for (int m = 0; m < members.Count; m++)
            for (int c = 0; c < connectors.Count; c++)
                foreach (bool scenes in (bool[])[false, true])
                {
                    var templates = Combinations.Of(members[m], TemplateHole.Node, connectors[c], scenes, SearchMode.Thorough);
                    for (int v = 0; v < templates.Count; v++)
                    {
                        var firing = _counter.CountOnFiringImages(templates[v]);
                        var template = templates[v];
                        var grown = new Lazy<OverlapCounts>(() => GrowthFloor(template)); // a sweep of all images: only when needed
                        for (int p = 0; p < _primitives.Count; p++)
                        {
                            if (_isScene[p] != scenes || Combinations.IsRedundant(members[m], _primitives[p], connectors[c])) continue;
                            double bound = Bound(templates[v], p, firing[p], grown, threshold);
                            if (bound >= threshold) survivors.Add(new Combination(new LoopOrder(m, p, c, v), templates[v], members[m], p, bound));
                        }
                    }
                }
        return survivors;
    }

    /// <summary>
    /// Off the firing images the neuron has no cells, so ΣI and Σ N_i·L_i are the counts on the firing
    /// images; ΣL there is at least 0, at least what the parts' counts off those images imply, and at
    /// least the template's own with an empty hole when it grows with the hole.
    /// </summary>
    private double Bound(Formula template, int primitive, OverlapCounts firing, Lazy<OverlapCounts> grown, double threshold)
    {
        double bound = _scorer.UpperBound(CountRange.Exact(firing), template.Length);
        if (bound < threshold) return bound;
        var offFiring = CountBounds.Of(template, node =>
        {
            if (ReferenceEquals(node, TemplateHole.Node)) return _primitiveCounts[primitive] - _counter.PrimitiveFiringCounts[primitive];
            return _counter.NodeCounts(node) is var (firingPart, all) ? all - firingPart : null;
        });
        offFiring = offFiring with { Low = new OverlapCounts(0, Math.Max(offFiring.Low.FormulaCells, grown.Value.FormulaCells), 0) };
        return Math.Min(bound, _scorer.UpperBound(CountRange.Exact(firing) + offFiring, template.Length));
    }

    /// <summary>For a template that grows with the hole, its counts off the firing images with the hole empty: a floor for every primitive.</summary>
    private OverlapCounts GrowthFloor(Formula template) =>
        TemplateHole.GrowsWithHole(template) && _counter.EmptyHoleCounts(template) is var (firing, all) ? all - firing : default;

    /// <summary>Counts the survivors best bound first, until no bound reaches the beam's entry score.</summary>
    private List<ScoredFormula> CountedInFull(List<Combination> combinations, BeamThreshold threshold)
    {
        var kept = new List<(LoopOrder Order, ScoredFormula Formula)>();
        foreach (var combination in combinations.OrderByDescending(c => c.Bound))
        {
            if (combination.Bound < threshold.Value) break;
            var counts = _counter.CountInFull(combination.Template, combination.Primitive);
            FormulasCounted++;
            // A combination that leaves its member's counts as they were scores below the member by the penalty alone.
            if (counts.FormulaCells < _minimumCells || counts == _counter.NodeCounts(combination.Member)!.Value.All) continue;
            var formula = TemplateHole.Fill(combination.Template, _primitives[combination.Primitive]);
            var scored = new ScoredFormula(formula, _scorer.Penalised(counts, formula.Length));
            threshold.Offer(scored);
            kept.Add((combination.Order, scored));
        }
        return [.. kept.OrderBy(k => k.Order).Select(k => k.Formula)];
    }

    /// <summary>Where a combination comes in the original's loops: member, primitive, connector, variant.</summary>
    private readonly record struct LoopOrder(int Member, int Primitive, int Connector, int Variant) : IComparable<LoopOrder>
    {
        public int CompareTo(LoopOrder other) =>
            (Member, Primitive, Connector, Variant).CompareTo((other.Member, other.Primitive, other.Connector, other.Variant));
    }

    private sealed record Combination(LoopOrder Order, Formula Template, Formula Member, int Primitive, double Bound);
}
