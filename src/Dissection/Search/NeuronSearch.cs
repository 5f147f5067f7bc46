using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search.Thorough;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// One neuron's beam search (ALGORITHM §6), run pass by pass so callers can persist
/// <see cref="Checkpoint"/> after each one. Ties resolve by insertion order throughout.
/// </summary>
public sealed class NeuronSearch : IDisposable
{
    private readonly LabelMaskBank _bank;
    private readonly NeuronMask _neuron;
    private readonly SearchSettings _settings;
    private readonly ICountSession _session;
    private readonly NeuronTotals _totals;
    private readonly EarlyAbort? _abort;
    private readonly int _prefixImages;
    private readonly List<IReadOnlyList<ScoredFormula>> _history = [];
    private readonly List<string> _seenOrder = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ScoredFormula> _positivePrimitives;
    private readonly FormulaScorer _scorer;
    private readonly ICountBackend _backend;
    private readonly List<Formula> _primitives;
    private readonly FormulaCounts[] _primitiveCounts;
    private readonly List<ScoredFormula> _initialBeam;
    private ThoroughPass? _thorough;
    private long _evaluated;

    internal NeuronSearch(LabelMaskBank bank, NeuronMask neuron, SearchSettings settings, ICountBackend backend, SearchCheckpoint? resumeFrom)
    {
        _bank = bank;
        _neuron = neuron;
        _settings = settings;
        _backend = backend;
        _session = backend.Open(bank, neuron);
        _totals = neuron.Totals(neuron.ImageCount);
        _prefixImages = Math.Min(settings.CutoffImages, neuron.ImageCount);
        _abort = EarlyAbort.For(settings, neuron);
        _scorer = new FormulaScorer(settings, _totals, neuron.Grid.Cells);

        _primitives = bank.Primitives().ToList();
        _primitiveCounts = CountPrimitives(_primitives);
        _positivePrimitives = Positive(_primitives, _primitiveCounts);
        Candidates = [.. _positivePrimitives.OrderByDescending(p => p.Score).Take(settings.CandidateCount)];
        _initialBeam = SelectBeam(_positivePrimitives);
        if (resumeFrom is null) StartFresh(_initialBeam);
        else Resume(resumeFrom, _initialBeam);
    }

    /// <summary>The best primitives, which every pass combines with the beam.</summary>
    public IReadOnlyList<ScoredFormula> Candidates { get; }

    public IReadOnlyList<ScoredFormula> Beam => _history[^1];

    public int PassesDone => _history.Count - 1;

    public int PassCount => _settings.MaxFormulaLength - 1;

    public bool IsComplete => PassesDone >= PassCount || Beam.Count == 0;

    public long FormulasEvaluated => _evaluated;

    public SearchCheckpoint Checkpoint => new([.. _history], [.. _seenOrder], _evaluated);

    /// <summary>Grows every beam member by one primitive and keeps the best.</summary>
    /// <exception cref="InvalidOperationException">The search has run all its passes.</exception>
    public void RunPass()
    {
        if (IsComplete) throw new InvalidOperationException("The search has finished; there is no pass left to run.");
        var pool = new List<ScoredFormula>(Beam);
        foreach (var (formula, key) in _settings.Mode == SearchMode.Thorough ? ThoroughCombinations(Beam) : CandidateCombinations(Beam))
        {
            pool.Add(formula);
            MarkSeen(key);
        }
        _history.Add(SelectBeam(pool));
    }

    /// <summary>The original pass (ALGORITHM §6.2): the beam combined with the candidates, each new formula counted.</summary>
    private List<(ScoredFormula Formula, string Key)> CandidateCombinations(IReadOnlyList<ScoredFormula> beam)
    {
        double cutoff = _abort?.Cutoff(beam) ?? double.NegativeInfinity;
        var news = NewFormulas(beam);

        _session.BeginPass([.. beam.Select(m => m.Formula)], [.. Candidates.Select(c => c.Formula)]);
        var counts = new FormulaCounts[news.Count];
        // An abandoned formula needs no more than its prefix counts.
        _session.Count([.. news.Select(n => n.Formula)], _prefixImages, counts, _abort is null ? null : (formula, prefix) => _abort.Abandons(formula, prefix, cutoff));
        _evaluated += news.Count;

        var kept = new List<(ScoredFormula, string)>();
        double minimumCells = (double)_neuron.ImageCount * _neuron.Grid.Cells * _settings.MinimumCoverage;
        for (int i = 0; i < news.Count; i++)
        {
            var (formula, key) = news[i];
            if (_abort?.Abandons(formula, counts[i].Prefix, cutoff) == true) continue;
            if (!_settings.EasyMode && counts[i].Total.FormulaCells < minimumCells) continue;
            kept.Add((new ScoredFormula(formula, _scorer.Penalised(counts[i].Total, formula.Length)), key));
        }
        return kept;
    }

    /// <summary>The thorough pass (ALGORITHM §6.7); the first one combines every primitive with every other, not only the beam's.</summary>
    private List<(ScoredFormula Formula, string Key)> ThoroughCombinations(IReadOnlyList<ScoredFormula> beam)
    {
        var news = Counted(pass => PassesDone == 0 ? pass.Pairs(beam, _settings.BeamSize)
            : pass.NewFormulas(beam, contextOf: PassesDone == 1 ? [.. _initialBeam.Select(m => m.Formula)] : []));
        return [.. news.Select(formula => (formula, FormulaCodec.Key(formula.Formula)))];
    }

    /// <summary>
    /// The best penalised score of any formula of length ≤ 2 the rules allow (ALGORITHM §6.8), with the
    /// first formula that reaches it; null when there are no primitives. Needs no pass to have run.
    /// </summary>
    public ScoredFormula? BestOfLengthTwo()
    {
        var singles = _primitives.Select((p, i) => new ScoredFormula(p, _scorer.Penalised(_primitiveCounts[i].Total, 1))).ToList();
        if (singles.Count == 0) return null;
        // Formulas of length ≤ 2 the search has already scored only raise the bar the pairs must reach.
        var seeds = _history.SelectMany(beam => beam).Where(m => m.Formula.Length <= 2).Append(singles.MaxBy(s => s.Score)!).ToList();
        var pairs = Counted(pass => pass.Pairs(seeds, size: 1));
        return singles.Concat(pairs).MaxBy(s => s.Score);
    }

    private List<ScoredFormula> Counted(Func<ThoroughPass, List<ScoredFormula>> run)
    {
        _thorough ??= new ThoroughPass(_bank, _neuron, _settings, _backend, _scorer, _primitives, [.. _primitiveCounts.Select(c => c.Total)]);
        long counted = _thorough.FormulasCounted;
        var news = run(_thorough);
        _evaluated += _thorough.FormulasCounted - counted;
        return news;
    }

    public SearchResult Result()
    {
        var best = Beam.Count == 0 ? null : Beam.OrderByDescending(m => m.Score).First();
        var bestCounts = default(OverlapCounts);
        if (best is not null)
        {
            var counts = new FormulaCounts[1];
            _session.BeginPass([], []);
            _session.Count([best.Formula], 0, counts);
            bestCounts = counts[0].Total;
        }
        return new SearchResult(best, bestCounts, _totals, _positivePrimitives.OrderByDescending(p => p.Score).FirstOrDefault(),
            Candidates, [.. _history], _evaluated, _neuron.ImageCount, _neuron.Grid.Cells);
    }

    public void Dispose()
    {
        _thorough?.Dispose();
        _session.Dispose();
    }

    private FormulaCounts[] CountPrimitives(List<Formula> primitives)
    {
        var counts = new FormulaCounts[primitives.Count];
        _session.CountPrimitives(primitives, counts);
        _evaluated += primitives.Count;
        return counts;
    }

    /// <summary>The primitives that score above zero (ALGORITHM §6.1), unpenalised.</summary>
    private List<ScoredFormula> Positive(List<Formula> primitives, FormulaCounts[] counts)
    {
        var positive = new List<ScoredFormula>();
        for (int i = 0; i < primitives.Count; i++)
        {
            double score = _scorer.Unpenalised(counts[i].Total);
            if (score > 0) positive.Add(new ScoredFormula(primitives[i], score));
        }
        return positive;
    }

    /// <summary>New formulas of a pass in loop order, without repeats and without seen keys.</summary>
    private List<(Formula Formula, string Key)> NewFormulas(IReadOnlyList<ScoredFormula> beam)
    {
        var news = new List<(Formula, string)>();
        var pending = new HashSet<string>(StringComparer.Ordinal);
        var connectors = _settings.Operators.Connectors();
        foreach (var member in beam)
            foreach (var candidate in Candidates)
            {
                bool isScene = _bank.Labels[FormulaParts.Label(candidate.Formula)].IsScene;
                foreach (var connector in connectors)
                    foreach (var formula in Combinations.Of(member.Formula, candidate.Formula, connector, isScene))
                    {
                        // A repeat within the pass has the same mask and top node, hence the same
                        // fate as its first occurrence: skipping it here equals skipping it by seen key.
                        var key = FormulaCodec.Key(formula);
                        if (!_seen.Contains(key) && pending.Add(key)) news.Add((formula, key));
                    }
            }
        return news;
    }

    /// <summary>Greedy best-first pick of distinct formulas, ignoring expansion (car and car-X never both).</summary>
    private List<ScoredFormula> SelectBeam(IEnumerable<ScoredFormula> pool)
    {
        var beam = new List<ScoredFormula>();
        var picked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in pool.OrderByDescending(m => m.Score))
        {
            if (beam.Count == _settings.BeamSize) break;
            if (picked.Add(FormulaCodec.Key(member.Formula, ignoreExpansion: true))) beam.Add(member);
        }
        return beam;
    }

    private void StartFresh(List<ScoredFormula> initialBeam)
    {
        _history.Add(initialBeam);
        foreach (var member in initialBeam) MarkSeen(FormulaCodec.Key(member.Formula));
    }

    private void Resume(SearchCheckpoint checkpoint, List<ScoredFormula> initialBeam)
    {
        if (checkpoint.BeamHistory.Count == 0 || !SameBeam(checkpoint.BeamHistory[0], initialBeam))
            throw new InvalidOperationException("The checkpoint's initial beam differs from this neuron's: it belongs to other data or settings.");
        if (checkpoint.PassesDone > PassCount)
            throw new InvalidOperationException($"The checkpoint has {checkpoint.PassesDone} passes; these settings allow {PassCount}.");
        _history.AddRange(checkpoint.BeamHistory);
        foreach (var key in checkpoint.SeenKeys) MarkSeen(key);
        _evaluated = checkpoint.FormulasEvaluated;
    }

    private static bool SameBeam(IReadOnlyList<ScoredFormula> a, IReadOnlyList<ScoredFormula> b) =>
        a.Count == b.Count && a.Zip(b).All(p => FormulaCodec.Encode(p.First.Formula) == FormulaCodec.Encode(p.Second.Formula) && p.First.Score == p.Second.Score);

    private void MarkSeen(string key)
    {
        if (_seen.Add(key)) _seenOrder.Add(key);
    }

}
