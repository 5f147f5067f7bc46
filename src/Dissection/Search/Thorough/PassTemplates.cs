using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// The templates of a thorough pass (ALGORITHM §6.7): each beam member with each connector's §6.3
/// variants; or every formula of length 2 the rules allow, once, placed where a beam holding every
/// primitive in §6.1 order would first produce it. For the symmetric ones (OR, AND, CLOSE) the hole
/// takes only primitives ranked below the member by ΣI, which bounds the hole's ΣI by the member's.
/// </summary>
internal sealed class PassTemplates
{
    private readonly IReadOnlyList<Formula> _primitives;
    private readonly bool[] _isScene;
    private readonly IReadOnlyList<Connector> _connectors;
    private readonly int[] _rank;
    private readonly CountRange[] _objectsFromRank;
    private readonly CountRange[] _allFromRank;
    private readonly CountRange _scenes;

    public PassTemplates(IReadOnlyList<Formula> primitives, bool[] isScene, IReadOnlyList<OverlapCounts> counts, IReadOnlyList<Connector> connectors)
    {
        _primitives = primitives;
        _isScene = isScene;
        _connectors = connectors;
        var byRank = Enumerable.Range(0, primitives.Count).OrderByDescending(p => counts[p].Intersection).ThenBy(p => p).ToArray();
        _rank = new int[primitives.Count];
        for (int r = 0; r < byRank.Length; r++) _rank[byRank[r]] = r;
        _objectsFromRank = RangesFromRank(byRank, counts, p => !isScene[p]);
        _allFromRank = RangesFromRank(byRank, counts, _ => true);
        _scenes = RangesFromRank(byRank, counts, p => isScene[p])[0];
    }

    /// <summary>Each member with each connector and each §6.3 variant, the hole taking objects or scenes.</summary>
    public IEnumerable<TemplateJob> Beam(IReadOnlyList<Formula> members)
    {
        for (int m = 0; m < members.Count; m++)
            for (int c = 0; c < _connectors.Count; c++)
                foreach (bool scenes in (bool[])[false, true])
                {
                    var (member, connector, memberIndex, connectorIndex) = (members[m], _connectors[c], m, c);
                    var templates = Combinations.Of(member, TemplateHole.Node, connector, scenes, SearchMode.Thorough);
                    for (int v = 0; v < templates.Count; v++)
                    {
                        var (template, variant) = (templates[v], v);
                        yield return new TemplateJob(member, connector, template, scenes ? _scenes : _objectsFromRank[0],
                            p => _isScene[p] == scenes && !Combinations.IsRedundant(member, _primitives[p], connector),
                            p => (new LoopOrder(memberIndex, p, connectorIndex, variant), TemplateHole.Fill(template, _primitives[p])));
                    }
                }
    }

    /// <summary>Every formula of length 2 that §6.3–6.4 allow for some pair of primitives, once.</summary>
    public IEnumerable<TemplateJob> Pairs()
    {
        for (int a = 0; a < _primitives.Count; a++)
            for (int c = 0; c < _connectors.Count; c++)
                foreach (var job in Pairs(a, c)) yield return job;
    }

    private IEnumerable<TemplateJob> Pairs(int a, int c)
    {
        var member = _primitives[a];
        var connector = _connectors[c];
        // Whether member x and primitive y give the formula: §6.4's redundancy, and "A WITH scene" and "A CLOSE scene" skipped.
        bool From(int x, int y, bool objectOnly) => !Combinations.IsRedundant(_primitives[x], _primitives[y], connector) && !(objectOnly && _isScene[y]);
        int lower = _rank[a] + 1;
        switch (connector)
        {
            case Connector.Or or Connector.And:
                yield return Symmetric(_allFromRank[lower], objectOnly: false, (x, y) => Formula.Combine(connector, _primitives[x], _primitives[y]));
                break;
            case Connector.AndNot:
                yield return Ordered(a, c, _allFromRank[0], p => From(a, p, objectOnly: false));
                break;
            case Connector.With:
                yield return Ordered(a, c, _objectsFromRank[0], p => From(a, p, objectOnly: true));
                break;
            case Connector.Close:
                yield return Symmetric(_isScene[a] ? _objectsFromRank[lower] : _allFromRank[lower], objectOnly: true, (x, y) => Formula.Close(_primitives[x], _primitives[y]));
                // A CLOSE TO P comes from member A with object P (variant 1), and from member P (variant 2, or the only one when A is a scene).
                yield return new TemplateJob(member, connector, Formula.CloseTo(member, TemplateHole.Node), _allFromRank[0], p => From(a, p, objectOnly: true) || From(p, a, objectOnly: false),
                    p => (FirstMember(a, p, From(a, p, objectOnly: true), From(p, a, objectOnly: false)) == a ? new LoopOrder(a, p, c, 1) : new LoopOrder(p, a, c, _isScene[a] ? 0 : 2),
                        Formula.CloseTo(member, _primitives[p])));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(c), connector, "Not a connector of the search.");
        }

        // (A op P) and (P op A) are one formula: the hole takes primitives ranked below the member, the first occurrence is printed.
        TemplateJob Symmetric(CountRange hole, bool objectOnly, Func<int, int, Formula> make) =>
            new(member, connector, Formula.Combine(connector, member, TemplateHole.Node), hole,
                p => _rank[p] > _rank[a] && (From(a, p, objectOnly) || From(p, a, objectOnly)),
                p =>
                {
                    int first = FirstMember(a, p, From(a, p, objectOnly), From(p, a, objectOnly));
                    int second = first == a ? p : a;
                    return (new LoopOrder(first, second, c, 0), make(first, second));
                });
    }

    /// <summary>Of member a with primitive p and member p with primitive a, the one the loops reach first among those the rules allow.</summary>
    private static int FirstMember(int a, int p, bool fromA, bool fromP) => fromA && (a < p || !fromP) ? a : p;

    private TemplateJob Ordered(int a, int c, CountRange hole, Func<int, bool> admits)
    {
        var template = Formula.Combine(_connectors[c], _primitives[a], TemplateHole.Node);
        return new TemplateJob(_primitives[a], _connectors[c], template, hole, admits, p => (new LoopOrder(a, p, c, 0), TemplateHole.Fill(template, _primitives[p])));
    }

    /// <summary>For each rank r, a range from 0 up holding the counts of every selected primitive of rank r or lower.</summary>
    private static CountRange[] RangesFromRank(int[] byRank, IReadOnlyList<OverlapCounts> counts, Func<int, bool> selected)
    {
        var ranges = new CountRange[byRank.Length + 1];
        for (int r = byRank.Length - 1; r >= 0; r--)
            ranges[r] = selected(byRank[r]) ? CountRange.Either(ranges[r + 1], CountRange.Exact(counts[byRank[r]])) : ranges[r + 1];
        return ranges;
    }
}
