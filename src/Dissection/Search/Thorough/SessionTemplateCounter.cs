using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// Counts templates by filling in each primitive and counting the formula through count sessions:
/// one on the label masks restricted to the firing images, one on all images. The general path,
/// for grids of several words per image.
/// </summary>
internal sealed class SessionTemplateCounter : ITemplateCounter
{
    private readonly IReadOnlyList<Formula> _primitives;
    private readonly ICountSession _firing;
    private readonly ICountSession _all;
    private readonly Dictionary<Formula, (OverlapCounts Firing, OverlapCounts All)> _counts = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<Formula> _members = [];

    public SessionTemplateCounter(LabelMaskBank bank, NeuronMask neuron, IReadOnlyList<Formula> primitives, ICountBackend backend)
    {
        _primitives = primitives;
        var (firingBank, firingNeuron) = EasyModeView.Restrict(bank, neuron);
        _firing = backend.Open(firingBank, firingNeuron);
        _all = backend.Open(bank, neuron);
        PrimitiveFiringCounts = Count(_firing, primitives);
    }

    public IReadOnlyList<OverlapCounts> PrimitiveFiringCounts { get; }

    public void BeginPass(IReadOnlyList<Formula> members)
    {
        _members = members;
        _firing.BeginPass(members, _primitives);
        _all.BeginPass(members, []);
        var nodes = members.SelectMany(FormulaParts.Nodes).Distinct(ReferenceEqualityComparer.Instance).Cast<Formula>().ToList();
        var firing = Count(_firing, nodes);
        var all = Count(_all, nodes);
        _counts.Clear();
        for (int i = 0; i < nodes.Count; i++) _counts[nodes[i]] = (firing[i], all[i]);
    }

    public (OverlapCounts Firing, OverlapCounts All)? NodeCounts(Formula node) => _counts.TryGetValue(node, out var counts) ? counts : null;

    public OverlapCounts[] CountOnFiringImages(Formula template) =>
        Count(_firing, [.. _primitives.Select(p => TemplateHole.Fill(template, p))]);

    public (OverlapCounts Firing, OverlapCounts All)? EmptyHoleCounts(Formula template) => null;

    public OverlapCounts CountInFull(Formula template, int primitive)
    {
        _all.BeginPass(_members, [_primitives[primitive]]);
        return Count(_all, [TemplateHole.Fill(template, _primitives[primitive])])[0];
    }

    public void Dispose()
    {
        _firing.Dispose();
        _all.Dispose();
    }

    private static OverlapCounts[] Count(ICountSession session, IReadOnlyList<Formula> formulas)
    {
        var counts = new FormulaCounts[formulas.Count];
        session.Count(formulas, 0, counts);
        return [.. counts.Select(c => c.Total)];
    }
}
