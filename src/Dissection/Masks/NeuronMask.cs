using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Masks;

/// <summary>
/// A neuron's binarised activations over the dataset (activation &gt; threshold, strict) with the
/// per-image counts every score needs.
/// </summary>
public sealed class NeuronMask
{
    public NeuronMask(ulong[] bits, int imageCount, GridShape grid)
    {
        if (bits.Length != imageCount * grid.WordsPerImage)
            throw new ArgumentException($"A {grid} mask of {imageCount} images needs {imageCount * grid.WordsPerImage} words, not {bits.Length}.");
        Bits = bits;
        ImageCount = imageCount;
        Grid = grid;
        ImageCounts = new int[imageCount];
        int words = grid.WordsPerImage;
        for (int i = 0; i < imageCount; i++) ImageCounts[i] = ImageWords.PopCount(bits.AsSpan(i * words, words));
    }

    public ulong[] Bits { get; }
    public int ImageCount { get; }
    public GridShape Grid { get; }

    /// <summary>N_i: true cells per image.</summary>
    public int[] ImageCounts { get; }

    /// <summary>ΣN and ΣN² over the first <paramref name="images"/> images.</summary>
    public NeuronTotals Totals(int images)
    {
        long sum = 0, squares = 0;
        for (int i = 0; i < images; i++)
        {
            long n = ImageCounts[i];
            sum += n;
            squares += n * n;
        }
        return new NeuronTotals(sum, squares);
    }

    /// <summary>Binarises one neuron's activations, stored image-major as images × cells.</summary>
    public static NeuronMask FromActivations(ReadOnlySpan<float> activations, int imageCount, GridShape grid, double threshold)
    {
        int cells = grid.Cells;
        if (activations.Length != imageCount * cells)
            throw new ArgumentException($"Expected {imageCount} × {cells} activations, got {activations.Length}.");
        int words = grid.WordsPerImage;
        var bits = new ulong[imageCount * words];
        for (int image = 0; image < imageCount; image++)
        {
            var values = activations.Slice(image * cells, cells);
            var output = bits.AsSpan(image * words, words);
            for (int cell = 0; cell < cells; cell++)
                if (values[cell] > threshold) ImageWords.Set(output, cell);
        }
        return new NeuronMask(bits, imageCount, grid);
    }
}
