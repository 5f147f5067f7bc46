using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>A formula's counts on the abort prefix (the first images) and on the whole dataset.</summary>
public readonly record struct FormulaCounts(OverlapCounts Prefix, OverlapCounts Total)
{
    public static FormulaCounts operator +(FormulaCounts a, FormulaCounts b) => new(a.Prefix + b.Prefix, a.Total + b.Total);

    public static FormulaCounts operator -(FormulaCounts a, FormulaCounts b) => new(a.Prefix - b.Prefix, a.Total - b.Total);
}
