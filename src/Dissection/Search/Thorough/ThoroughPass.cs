using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// A pass of the thorough search (ALGORITHM §6.7): every beam member is combined with every
/// primitive, not only the candidates, and only combinations that may enter the beam are counted
/// in full. A member and a connector give a few templates with a hole for the primitive. A template
/// whose bound with any primitive in the hole cannot enter the beam is skipped; the others are
/// counted for all primitives at once on the images where the neuron fires, which hold all of ΣI
/// and Σ N_i·L_i. With ΣL off those images bounded from the parts, that bounds each combination's
/// score; the survivors are counted in full, best bound first, while the beam's entry score rises.
/// The kept formulas are exactly those an exhaustive count would keep.
/// </summary>
internal sealed class ThoroughPass : IDisposable
{
    private readonly SearchSettings _settings;
    private readonly FormulaScorer _scorer;
    private readonly IReadOnlyList<Formula> _primitives;
    private readonly IReadOnlyList<OverlapCounts> _primitiveCounts;
    private readonly Dictionary<Formula, int> _primitiveIndex = new(ReferenceEqualityComparer.Instance);
    private readonly bool[] _isScene;
    private readonly PassTemplates _templates;
    private readonly ITemplateCounter _counter;
    private readonly double _minimumCells;

    public ThoroughPass(LabelMaskBank bank, NeuronMask neuron, SearchSettings settings, ICountBackend backend, FormulaScorer scorer,
        IReadOnlyList<Formula> primitives, IReadOnlyList<OverlapCounts> primitiveCounts)
    {
        _settings = settings;
        _scorer = scorer;
        _primitives = primitives;
        _primitiveCounts = primitiveCounts;
        for (int p = 0; p < primitives.Count; p++) _primitiveIndex[primitives[p]] = p;
        _isScene = [.. primitives.Select(p => bank.Labels[FormulaParts.Label(p)].IsScene)];
        _templates = new PassTemplates(primitives, _isScene, primitiveCounts, settings.Operators.Connectors());
        _minimumCells = settings.EasyMode ? 0 : (double)neuron.ImageCount * neuron.Grid.Cells * settings.MinimumCoverage;
        _counter = bank.Grid.IsSingleWord
            ? new WordTemplateCounter(bank, neuron, primitives)
            : new SessionTemplateCounter(bank, neuron, primitives, backend);
    }

    public long FormulasCounted { get; private set; }

    /// <summary>
    /// The new formulas of a pass that survive the filters and may enter the beam, in loop order, with their scores.
    /// Members are the beam's, then the context copies of <paramref name="contextOf"/> (ALGORITHM §6.7).
    /// </summary>
    public List<ScoredFormula> NewFormulas(IReadOnlyList<ScoredFormula> beam, IReadOnlyList<Formula> contextOf)
    {
        var members = beam.Select(m => m.Formula).Concat(ContextCopies(contextOf)).ToList();
        _counter.BeginPass(members);
        return Kept(_templates.Beam(members), beam, _settings.BeamSize);
    }

    /// <summary>
    /// <c>A AND Z</c>, <c>A WITH Z</c> and <c>A CLOSE TO Z</c> with exactly A's counts: A with a context Z that
    /// holds all of it, which a later OR splits into <c>((A OR P) AND Z)</c>.
    /// </summary>
    /// <param name="primitives">Primitives as this pass's primitive list holds them.</param>
    private List<Formula> ContextCopies(IReadOnlyList<Formula> primitives)
    {
        var copies = new List<Formula>();
        _counter.BeginPass(primitives);
        foreach (var a in primitives)
        {
            int index = _primitiveIndex[a];
            var (firing, all) = (_counter.PrimitiveFiringCounts[index], _primitiveCounts[index]);
            foreach (var connector in _settings.Operators.Connectors().Where(c => c is Connector.And or Connector.With or Connector.Close))
            {
                var template = connector == Connector.Close ? Formula.CloseTo(a, TemplateHole.Node) : Formula.Combine(connector, a, TemplateHole.Node);
                var counts = _counter.CountOnFiringImages(template);
                for (int z = 0; z < _primitives.Count; z++)
                {
                    if (counts[z] != firing || Combinations.IsRedundant(a, _primitives[z], connector) || (connector != Connector.And && _isScene[z])) continue;
                    FormulasCounted++;
                    if (_counter.CountInFull(template, z) == all) copies.Add(TemplateHole.Fill(template, _primitives[z]));
                }
            }
        }
        return copies;
    }

    /// <summary>
    /// Every formula of length 2 the rules allow, once, as a beam holding every primitive would give it,
    /// that survives the filters and may enter a beam of <paramref name="size"/> holding <paramref name="seeds"/>; in loop order.
    /// </summary>
    public List<ScoredFormula> Pairs(IReadOnlyList<ScoredFormula> seeds, int size)
    {
        _counter.BeginPass(_primitives);
        return Kept(_templates.Pairs(), seeds, size);
    }

    public void Dispose() => _counter.Dispose();

    private List<ScoredFormula> Kept(IEnumerable<TemplateJob> jobs, IReadOnlyList<ScoredFormula> seeds, int size)
    {
        var threshold = new BeamThreshold(size);
        foreach (var seed in seeds) threshold.Offer(seed);
        return CountedInFull(Bounded(jobs, threshold.Value), threshold);
    }

    /// <summary>Every combination whose score bound reaches the beam's entry score.</summary>
    private List<Combination> Bounded(IEnumerable<TemplateJob> jobs, double threshold)
    {
        var survivors = new List<Combination>();
        foreach (var job in jobs)
        {
            if (TemplateBound(job) < threshold) continue;
            var firing = _counter.CountOnFiringImages(job.Template);
            var grown = new Lazy<OverlapCounts>(() => GrowthFloor(job.Template)); // a sweep of all images: only when needed
            for (int p = 0; p < _primitives.Count; p++)
            {
                if (!job.Admits(p)) continue;
                double bound = Bound(job.Template, p, firing[p], grown, threshold);
                if (bound >= threshold) survivors.Add(new Combination(job, p, bound));
            }
        }
        return survivors;
    }

    /// <summary>A bound for every primitive the hole may take, from the member's exact counts and the hole's range.</summary>
    private double TemplateBound(TemplateJob job)
    {
        var range = CountBounds.Of(job.Template, node => ReferenceEquals(node, TemplateHole.Node) ? job.Hole
            : Known(node) is var (_, all) ? CountRange.Exact(all) : null);
        return _scorer.UpperBound(range, job.Template.Length);
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
            return Known(node) is var (firingPart, all) ? all - firingPart : null;
        });
        offFiring = offFiring with { Low = new OverlapCounts(0, Math.Max(offFiring.Low.FormulaCells, grown.Value.FormulaCells), 0) };
        return Math.Min(bound, _scorer.UpperBound(CountRange.Exact(firing) + offFiring, template.Length));
    }

    /// <summary>A node's counts on the firing images and on all images: primitives' are known from the start.</summary>
    private (OverlapCounts Firing, OverlapCounts All)? Known(Formula node) =>
        _primitiveIndex.TryGetValue(node, out int p) ? (_counter.PrimitiveFiringCounts[p], _primitiveCounts[p]) : _counter.NodeCounts(node);

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
            var (job, primitive) = (combination.Job, combination.Primitive);
            var counts = _counter.CountInFull(job.Template, primitive);
            FormulasCounted++;
            if (counts.FormulaCells < _minimumCells || AddsNothing(job, primitive, counts)) continue;
            var (order, formula) = job.Place(primitive);
            var scored = new ScoredFormula(formula, _scorer.Penalised(counts, formula.Length));
            threshold.Offer(scored);
            kept.Add((order, scored));
        }
        return [.. kept.OrderBy(k => k.Order).Select(k => k.Formula)];
    }

    /// <summary>
    /// An OR or AND NOT that leaves its member's or its primitive's counts as they were: it scores below
    /// that shorter formula by the penalty alone. (An AND, WITH or CLOSE that keeps all of a formula
    /// states where it occurs, which a later OR may split, as in ((A OR P) AND Z) from A AND Z.)
    /// </summary>
    private bool AddsNothing(TemplateJob job, int primitive, OverlapCounts counts) =>
        job.Connector is Connector.Or or Connector.AndNot && (counts == Known(job.Member)!.Value.All || counts == _primitiveCounts[primitive]);

    private sealed record Combination(TemplateJob Job, int Primitive, double Bound);
}
