using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// A combination template of a pass, made by <see cref="Connector"/> from <see cref="Member"/>, and the
/// primitives that may fill its hole: <see cref="Hole"/> holds the counts of every such primitive,
/// <see cref="Place"/> gives a filled formula as the loops of ALGORITHM §6.2 first produce it, and where.
/// </summary>
internal sealed record TemplateJob(Formula Member, Connector Connector, Formula Template, CountRange Hole, Func<int, bool> Admits, Func<int, (LoopOrder Order, Formula Formula)> Place);

/// <summary>Where a combination comes in the original's loops: member, primitive, connector, variant.</summary>
internal readonly record struct LoopOrder(int Member, int Primitive, int Connector, int Variant) : IComparable<LoopOrder>
{
    public int CompareTo(LoopOrder other) =>
        (Member, Primitive, Connector, Variant).CompareTo((other.Member, other.Primitive, other.Connector, other.Variant));
}
