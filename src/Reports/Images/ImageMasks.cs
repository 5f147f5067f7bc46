using System.Numerics;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Reports.Images;

/// <summary>The neuron's and the formula's cells on one image (that image's words of each dataset mask).</summary>
public sealed class ImageMasks
{
    private readonly ulong[] _neuron;
    private readonly ulong[] _formula;

    public ImageMasks(GridShape grid, ReadOnlySpan<ulong> neuron, ReadOnlySpan<ulong> formula)
    {
        if (neuron.Length != grid.WordsPerImage || formula.Length != grid.WordsPerImage)
            throw new ArgumentException($"One image of a {grid} grid has {grid.WordsPerImage} words per mask.");
        Grid = grid;
        _neuron = neuron.ToArray();
        _formula = formula.ToArray();
    }

    /// <summary>The masks of image <paramref name="image"/> within whole-dataset masks.</summary>
    public static ImageMasks Of(GridShape grid, ulong[] neuron, ulong[] formula, int image)
    {
        int words = grid.WordsPerImage;
        return new ImageMasks(grid, neuron.AsSpan(image * words, words), formula.AsSpan(image * words, words));
    }

    public GridShape Grid { get; }

    /// <summary>The neuron's words on this image.</summary>
    public ReadOnlySpan<ulong> NeuronWords => _neuron;

    /// <summary>The formula's words on this image.</summary>
    public ReadOnlySpan<ulong> FormulaWords => _formula;

    public bool Neuron(int y, int x) => Get(_neuron, Grid.CellIndex(y, x));

    public bool Formula(int y, int x) => Get(_formula, Grid.CellIndex(y, x));

    /// <summary>The report score on this image alone: the dataset formulas of ALGORITHM §5 over one image.</summary>
    public double Score(ScoreKind kind, double imrouMultiplier)
    {
        long n = Count(_neuron), l = Count(_formula), both = 0;
        for (int w = 0; w < _neuron.Length; w++) both += BitOperations.PopCount(_neuron[w] & _formula[w]);
        return Scores.Compute(kind, new NeuronTotals(n, n * n), new OverlapCounts(both, l, n * l), imrouMultiplier, Grid.Cells);
    }

    private static bool Get(ulong[] words, int cell) => (words[cell >> 6] >> (cell & 63) & 1) != 0;

    private static long Count(ulong[] words) => words.Sum(w => (long)BitOperations.PopCount(w));
}
