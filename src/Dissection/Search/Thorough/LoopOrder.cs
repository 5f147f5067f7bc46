namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>Where a combination comes in the original's loops: member, primitive, connector, variant.</summary>
internal readonly record struct LoopOrder(int Member, int Primitive, int Connector, int Variant) : IComparable<LoopOrder>
{
    public int CompareTo(LoopOrder other) =>
        (Member, Primitive, Connector, Variant).CompareTo((other.Member, other.Primitive, other.Connector, other.Variant));
}
