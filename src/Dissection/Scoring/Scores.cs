using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Scoring;

/// <summary>
/// Dataset-level scores (ALGORITHM §5): ratios of sums accumulated in 64-bit integers and
/// divided in double.
/// </summary>
public static class Scores
{
    private const double Epsilon = 1e-10;

    public static double Iou(NeuronTotals neuron, OverlapCounts overlap) =>
        overlap.Intersection / (Union(neuron, overlap) + Epsilon);

    /// <summary>(ΣI − (r/C)·Σ N_i·L_i) / (U + ε); negative when the overlap is spread thin.</summary>
    public static double Imrou(NeuronTotals neuron, OverlapCounts overlap, double r, int cellsPerImage) =>
        (overlap.Intersection - r / cellsPerImage * overlap.NeuronFormulaProducts) / (Union(neuron, overlap) + Epsilon);

    /// <summary>ImRoU divided by the best value any formula can reach for this neuron (the neuron itself).</summary>
    public static double Imroun(NeuronTotals neuron, OverlapCounts overlap, double r, int cellsPerImage)
    {
        if (neuron.Cells == 0) return 0;
        double best = (neuron.Cells - r / cellsPerImage * neuron.SquaredCells) / neuron.Cells;
        return Imrou(neuron, overlap, r, cellsPerImage) / best;
    }

    public static double Compute(ScoreKind kind, NeuronTotals neuron, OverlapCounts overlap, double r, int cellsPerImage) => kind switch
    {
        ScoreKind.Iou => Iou(neuron, overlap),
        ScoreKind.Imrou => Imrou(neuron, overlap, r, cellsPerImage),
        ScoreKind.Imroun => Imroun(neuron, overlap, r, cellsPerImage),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The complexity penalty: s · (1 − penalty·(length − 1)).</summary>
    public static double Penalised(double score, int length, double penaltyPerLeaf) => score * (1 - penaltyPerLeaf * (length - 1));

    private static long Union(NeuronTotals neuron, OverlapCounts overlap) =>
        neuron.Cells + overlap.FormulaCells - overlap.Intersection;
}
