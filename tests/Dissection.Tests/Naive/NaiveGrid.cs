using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Tests.Naive;

/// <summary>
/// The deliberately naive reference: one bool per cell, plain loops, straight from ALGORITHM.md
/// §2.2, §4.1 and §5. Nothing here shares code with the packed implementation.
/// </summary>
internal static class NaiveGrid
{
    public static bool[][] Unpack(ReadOnlySpan<ulong> words, GridShape grid)
    {
        int perImage = grid.WordsPerImage;
        var images = new bool[words.Length / perImage][];
        for (int i = 0; i < images.Length; i++)
        {
            images[i] = new bool[grid.Cells];
            for (int c = 0; c < grid.Cells; c++)
                images[i][c] = (words[i * perImage + c / 64] >> (c % 64) & 1) == 1;
        }
        return images;
    }

    public static bool[][] Map(bool[][] a, bool[][] b, Func<bool, bool, bool> cellwise) =>
        [.. a.Select((image, i) => image.Select((cell, c) => cellwise(cell, b[i][c])).ToArray())];

    public static bool[][] With(bool[][] a, bool[][] b) =>
        [.. a.Select((image, i) => b[i].Any(x => x) ? (bool[])image.Clone() : new bool[image.Length])];

    /// <summary>p ∈ a and, for every bj, some true cell of bj lies within Δy² + Δx² ≤ 5 of p.</summary>
    public static bool[][] CloseTo(bool[][] a, IReadOnlyList<bool[][]> bs, GridShape grid) =>
        [.. a.Select((image, i) => Enumerable.Range(0, grid.Cells)
            .Select(p => image[p] && bs.All(b => AnyNear(b[i], p, grid)))
            .ToArray())];

    public static bool[][] Close(bool[][] a, bool[][] b, GridShape grid) =>
        Map(CloseTo(a, [b], grid), CloseTo(b, [a], grid), (x, y) => x || y);

    /// <summary>One pass: a false cell turns true when ≥ threshold in-grid 8-neighbours are true.</summary>
    public static bool[][] Expand(bool[][] a, GridShape grid, int threshold) =>
        [.. a.Select(image => Enumerable.Range(0, grid.Cells).Select(p =>
        {
            int y = p / grid.Width, x = p % grid.Width, count = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    if ((dy != 0 || dx != 0) && Inside(y + dy, x + dx, grid) && image[(y + dy) * grid.Width + x + dx]) count++;
            return image[p] || count >= threshold;
        }).ToArray())];

    public static (double Iou, double Imrou, double Imroun) Scores(bool[][] neuron, bool[][] formula, double r, int cells)
    {
        double sumN = 0, sumL = 0, sumI = 0, sumNL = 0, sumNN = 0;
        for (int i = 0; i < neuron.Length; i++)
        {
            int n = neuron[i].Count(x => x), l = formula[i].Count(x => x);
            int both = neuron[i].Where((x, c) => x && formula[i][c]).Count();
            sumN += n; sumL += l; sumI += both; sumNL += n * l; sumNN += n * n;
        }
        double union = sumN + sumL - sumI;
        double iou = sumI / (union + 1e-10);
        double imrou = (sumI - r / cells * sumNL) / (union + 1e-10);
        double best = (sumN - r / cells * sumNN) / sumN;
        return (iou, imrou, sumN == 0 ? 0 : imrou / best);
    }

    public static ulong[] Pack(bool[][] images, GridShape grid)
    {
        int perImage = grid.WordsPerImage;
        var words = new ulong[images.Length * perImage];
        for (int i = 0; i < images.Length; i++)
            for (int c = 0; c < grid.Cells; c++)
                if (images[i][c]) words[i * perImage + c / 64] |= 1UL << (c % 64);
        return words;
    }

    private static bool AnyNear(bool[] image, int p, GridShape grid)
    {
        int y = p / grid.Width, x = p % grid.Width;
        for (int qy = 0; qy < grid.Height; qy++)
            for (int qx = 0; qx < grid.Width; qx++)
                if ((qy - y) * (qy - y) + (qx - x) * (qx - x) <= 5 && image[qy * grid.Width + qx]) return true;
        return false;
    }

    private static bool Inside(int y, int x, GridShape grid) => y >= 0 && y < grid.Height && x >= 0 && x < grid.Width;
}
