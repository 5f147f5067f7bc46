using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Compute.Conformance;

/// <summary>
/// Seeded in-memory label-mask banks for comparing backends: rectangles with Broden-like
/// sparsity (few common labels, many rare ones), every tenth label an image-level scene, and some
/// images of random cells so that dilation meets every border pattern. Any image count and grid.
/// </summary>
public static class ConformanceBank
{
    public static LabelMaskBank Create(int seed, int images, int labels, GridShape? grid = null)
    {
        var shape = grid ?? GridShape.Seven;
        var random = new Random(seed);
        var table = new LabelTable(Enumerable.Range(1, labels)
            .Select(n => new Label(n, $"label{n}", n % 10 == 0 ? Label.SceneCategory : "object")));
        var plain = new ulong[]?[labels + 1];
        var expanded = new ulong[]?[labels + 1];
        foreach (var label in table.All)
        {
            double frequency = 0.4 / Math.Sqrt(label.Number);
            var mask = new ulong[images * shape.WordsPerImage];
            for (int i = 0; i < images; i++)
                if (random.NextDouble() < frequency)
                    FillImage(random, mask.AsSpan(i * shape.WordsPerImage, shape.WordsPerImage), shape, label.IsScene);
            plain[label.Number] = mask;
            if (!label.IsScene)
            {
                expanded[label.Number] = new ulong[mask.Length];
                MaskOps.Expand(mask, expanded[label.Number], shape, threshold: 3);
            }
        }
        return new LabelMaskBank(table, shape, images, plain, expanded);
    }

    private static void FillImage(Random random, Span<ulong> image, GridShape grid, bool scene)
    {
        if (scene || random.NextDouble() < 0.02)
        {
            for (int cell = 0; cell < grid.Cells; cell++) Set(image, cell);
            return;
        }
        if (random.NextDouble() < 0.2)
        {
            double density = random.NextDouble();
            for (int cell = 0; cell < grid.Cells; cell++)
                if (random.NextDouble() < density) Set(image, cell);
            return;
        }
        int y0 = random.Next(grid.Height), x0 = random.Next(grid.Width), h = 1 + random.Next(5), w = 1 + random.Next(5);
        for (int y = y0; y < Math.Min(grid.Height, y0 + h); y++)
            for (int x = x0; x < Math.Min(grid.Width, x0 + w); x++)
                Set(image, grid.CellIndex(y, x));
    }

    private static void Set(Span<ulong> image, int cell) => image[cell >> 6] |= 1UL << (cell & 63);
}
