using NeuronOrleans.Dissection.Compute;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// A pass of the thorough search (ALGORITHM §6.7): every beam member is combined with every
/// primitive, not only the candidates, and only combinations that may enter the beam are counted
/// in full. Each combination is bounded first from the counts of its parts, then from its exact
/// counts on the images where the neuron fires (where all of ΣI and Σ N_i·L_i lies, few images);
/// the survivors are counted in full, most promising first, while the beam's entry score rises.
/// The kept formulas are exactly those an exhaustive count would keep.
/// </summary>
internal sealed class ThoroughPass : IDisposable
{
    private const int BatchSize = 256;

    private readonly LabelMaskBank _bank;
    private readonly SearchSettings _settings;
    private readonly FormulaScorer _scorer;
    private readonly IReadOnlyList<Formula> _primitives;
    private readonly ICountSession _firingSession;
    private readonly double _minimumCells;
    // Exact counts of primitives, beam members and their operands: on all images, and on the firing images.
    private readonly Dictionary<Formula, OverlapCounts> _all = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Formula, OverlapCounts> _firing = new(ReferenceEqualityComparer.Instance);

    public ThoroughPass(LabelMaskBank bank, NeuronMask neuron, SearchSettings settings, ICountBackend backend, FormulaScorer scorer,
        IReadOnlyList<Formula> primitives, ReadOnlySpan<FormulaCounts> primitiveCounts)
    {
        _bank = bank;
        _settings = settings;
        _scorer = scorer;
        _primitives = primitives;
        _minimumCells = settings.EasyMode ? 0 : (double)neuron.ImageCount * neuron.Grid.Cells * settings.MinimumCoverage;
        var (firingBank, firingNeuron) = EasyModeView.Restrict(bank, neuron);
        _firingSession = backend.Open(firingBank, firingNeuron);
        for (int i = 0; i < primitives.Count; i++) _all[primitives[i]] = primitiveCounts[i].Total;
        Learn(_firingSession, primitives, _firing);
    }

    public long FormulasCounted { get; private set; }

    /// <summary>The new formulas of a pass that survive the coverage filter and may enter the beam, in loop order, with their scores.</summary>
    public List<ScoredFormula> NewFormulas(IReadOnlyList<ScoredFormula> beam, ICountSession session)
    {
        var members = beam.Select(m => m.Formula).ToList();
        LearnBeam(members, session);
        var threshold = new BeamThreshold(_settings.BeamSize);
        foreach (var member in beam) threshold.Offer(member);

        var combinations = BoundedByParts(members, threshold.Value);
        combinations = BoundedOnFiringImages(members, combinations, threshold.Value);
        return CountedInFull(members, combinations, session, threshold);
    }

    public void Dispose() => _firingSession.Dispose();

    private List<Combination> BoundedByParts(List<Formula> members, double threshold)
    {
        var survivors = new List<Combination>();
        var connectors = _settings.Operators.Connectors();
        foreach (var member in members)
            foreach (var primitive in _primitives)
            {
                bool isScene = _bank.Labels[FormulaParts.Label(primitive)].IsScene;
                foreach (var connector in connectors)
                    foreach (var formula in Combinations.Of(member, primitive, connector, isScene))
                    {
                        double bound = _scorer.UpperBound(CountBounds.Of(formula, Known(_all)), formula.Length);
                        if (bound >= threshold) survivors.Add(new Combination(survivors.Count, formula, member, bound));
                    }
            }
        return survivors;
    }

    /// <summary>
    /// Off the firing images the neuron has no cells, so a formula's ΣI and Σ N_i·L_i are its counts
    /// on the firing images; only ΣL needs a bound there.
    /// </summary>
    private List<Combination> BoundedOnFiringImages(List<Formula> members, List<Combination> combinations, double threshold)
    {
        var counts = Count(_firingSession, members, combinations);
        var offFiring = Known(_all, subtract: _firing);
        var survivors = new List<Combination>();
        for (int i = 0; i < combinations.Count; i++)
        {
            var formula = combinations[i].Formula;
            var range = CountRange.Exact(counts[i].Total) + CountBounds.Of(formula, offFiring);
            double bound = _scorer.UpperBound(range, formula.Length);
            if (bound >= threshold) survivors.Add(combinations[i] with { Bound = bound });
        }
        return survivors;
    }

    /// <summary>Counts the survivors best bound first, until no bound reaches the beam's entry score.</summary>
    private List<ScoredFormula> CountedInFull(List<Formula> members, List<Combination> combinations, ICountSession session, BeamThreshold threshold)
    {
        var kept = new List<(int Order, ScoredFormula Formula)>();
        var pending = combinations.OrderByDescending(c => c.Bound).ToList();
        for (int start = 0; start < pending.Count; start += BatchSize)
        {
            var batch = pending.Skip(start).Take(BatchSize).Where(c => c.Bound >= threshold.Value).ToList();
            if (batch.Count == 0) break;
            var counts = Count(session, members, batch);
            for (int i = 0; i < batch.Count; i++)
            {
                var total = counts[i].Total;
                // A combination that leaves its member's counts as they were scores below the member by the penalty alone.
                if (total.FormulaCells < _minimumCells || total == _all[batch[i].Member]) continue;
                var scored = new ScoredFormula(batch[i].Formula, _scorer.Penalised(total, batch[i].Formula.Length));
                threshold.Offer(scored);
                kept.Add((batch[i].Order, scored));
            }
        }
        return [.. kept.OrderBy(k => k.Order).Select(k => k.Formula)];
    }

    private FormulaCounts[] Count(ICountSession session, List<Formula> members, List<Combination> combinations)
    {
        var primitives = combinations.SelectMany(c => FormulaParts.Primitives(c.Formula)).Distinct(ReferenceEqualityComparer.Instance).Cast<Formula>().ToList();
        session.BeginPass(members, primitives);
        var counts = new FormulaCounts[combinations.Count];
        session.Count([.. combinations.Select(c => c.Formula)], 0, counts);
        if (session != _firingSession) FormulasCounted += combinations.Count;
        return counts;
    }

    /// <summary>Counts every node of the beam members, leaves included (a resumed beam brings leaves of its own).</summary>
    private void LearnBeam(List<Formula> members, ICountSession session)
    {
        var nodes = members.SelectMany(FormulaParts.Nodes).Where(n => !_all.ContainsKey(n)).Distinct(ReferenceEqualityComparer.Instance).Cast<Formula>().ToList();
        session.BeginPass(members, []);
        Learn(session, nodes, _all);
        _firingSession.BeginPass(members, []);
        Learn(_firingSession, nodes, _firing);
    }

    private static void Learn(ICountSession session, IReadOnlyList<Formula> formulas, Dictionary<Formula, OverlapCounts> into)
    {
        var counts = new FormulaCounts[formulas.Count];
        session.Count(formulas, 0, counts);
        for (int i = 0; i < formulas.Count; i++) into[formulas[i]] = counts[i].Total;
    }

    private static Func<Formula, OverlapCounts?> Known(Dictionary<Formula, OverlapCounts> counts, Dictionary<Formula, OverlapCounts>? subtract = null) =>
        formula => counts.TryGetValue(formula, out var total) ? total - (subtract?[formula] ?? default) : null;

    private sealed record Combination(int Order, Formula Formula, Formula Member, double Bound);
}
