namespace NeuronOrleans.Dissection.Scoring;

/// <summary>
/// Bounds on a formula's counts that are known without computing its mask. ΣI, ΣL and Σ N_i·L_i
/// are all sums over the formula's cells of a non-negative weight, so each grows with the mask and
/// adds over disjoint parts: the same rules bound all three at once.
/// </summary>
public readonly record struct CountRange(OverlapCounts Low, OverlapCounts High)
{
    public static CountRange Exact(OverlapCounts counts) => new(counts, counts);

    /// <summary>a ∪ b: at least the larger operand, at most both together.</summary>
    public static CountRange Union(CountRange a, CountRange b) => new(Max(a.Low, b.Low), a.High + b.High);

    /// <summary>a ∩ b: nothing, or up to the smaller operand.</summary>
    public static CountRange Intersection(CountRange a, CountRange b) => new(default, Min(a.High, b.High));

    /// <summary>a ∖ b: a less at most all of b.</summary>
    public static CountRange Difference(CountRange a, CountRange b) => new(Max(a.Low - b.High, default), a.High);

    /// <summary>Any part of a mask bounded by <paramref name="whole"/> (WITH, CLOSE TO, CLOSE).</summary>
    public static CountRange Within(CountRange whole) => new(default, whole.High);

    /// <summary>A range holding both: the counts of a formula that is one of two.</summary>
    public static CountRange Either(CountRange a, CountRange b) => new(Min(a.Low, b.Low), Max(a.High, b.High));

    /// <summary>Counts over disjoint image sets add up.</summary>
    public static CountRange operator +(CountRange a, CountRange b) => new(a.Low + b.Low, a.High + b.High);

    private static OverlapCounts Max(OverlapCounts a, OverlapCounts b) => new(
        Math.Max(a.Intersection, b.Intersection), Math.Max(a.FormulaCells, b.FormulaCells), Math.Max(a.NeuronFormulaProducts, b.NeuronFormulaProducts));

    private static OverlapCounts Min(OverlapCounts a, OverlapCounts b) => new(
        Math.Min(a.Intersection, b.Intersection), Math.Min(a.FormulaCells, b.FormulaCells), Math.Min(a.NeuronFormulaProducts, b.NeuronFormulaProducts));
}
