using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// A full-size in-memory label-mask bank made of rectangles, with the sparsity of Broden (a few
/// common labels, many rare ones), built in a second: the operator benchmarks need realistic
/// word statistics, not a dataset on disk.
/// </summary>
internal static class BlobBank
{
    public const int FullImages = 22_210;

    public static LabelMaskBank Create(int images, int labels, int seed)
    {
        var random = new Random(seed);
        var grid = GridShape.Seven;
        var table = new LabelTable(Enumerable.Range(1, labels)
            .Select(n => new Label(n, $"label{n}", n % 20 == 0 ? Label.SceneCategory : "object")));
        var plain = new ulong[]?[labels + 1];
        var expanded = new ulong[]?[labels + 1];
        foreach (var label in table.All)
        {
            double frequency = 0.3 / Math.Sqrt(label.Number);
            var mask = new ulong[images];
            for (int i = 0; i < images; i++)
                if (random.NextDouble() < frequency)
                    mask[i] = label.IsScene ? (1UL << 49) - 1 : Rectangle(random);
            plain[label.Number] = mask;
            if (!label.IsScene)
            {
                expanded[label.Number] = new ulong[images];
                MaskOps.Expand(mask, expanded[label.Number], grid, threshold: 3);
            }
        }
        return new LabelMaskBank(table, grid, images, plain, expanded);
    }

    private static ulong Rectangle(Random random)
    {
        int y0 = random.Next(7), x0 = random.Next(7), h = 1 + random.Next(5), w = 1 + random.Next(5);
        ulong word = 0;
        for (int y = y0; y < Math.Min(7, y0 + h); y++)
            for (int x = x0; x < Math.Min(7, x0 + w); x++)
                word |= 1UL << (7 * y + x);
        return word;
    }
}
