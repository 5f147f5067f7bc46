namespace NeuronOrleans.Dissection.Scoring;

/// <summary>
/// What every score needs about one formula against one neuron, over a range of images:
/// ΣI (cells in both), ΣL (formula cells) and Σ N_i·L_i.
/// </summary>
public readonly record struct OverlapCounts(long Intersection, long FormulaCells, long NeuronFormulaProducts)
{
    public static OverlapCounts operator +(OverlapCounts a, OverlapCounts b) =>
        new(a.Intersection + b.Intersection, a.FormulaCells + b.FormulaCells, a.NeuronFormulaProducts + b.NeuronFormulaProducts);

    public static OverlapCounts operator -(OverlapCounts a, OverlapCounts b) =>
        new(a.Intersection - b.Intersection, a.FormulaCells - b.FormulaCells, a.NeuronFormulaProducts - b.NeuronFormulaProducts);
}
