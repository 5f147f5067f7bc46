using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Tests.Naive;

/// <summary>
/// Small in-memory label-mask banks: blob-shaped object labels of varied frequency, a few
/// image-level scene labels, and EXPAND computed by the naive reference.
/// </summary>
internal static class TestBanks
{
    public static LabelMaskBank Random(int seed, int images, int objects, int scenes, GridShape? shape = null)
    {
        var random = new Random(seed);
        var grid = shape ?? GridShape.Seven;
        var labels = new List<Label>();
        for (int i = 1; i <= objects; i++) labels.Add(new Label(i, $"object{i}", "object"));
        for (int i = 1; i <= scenes; i++) labels.Add(new Label(objects + i, $"place{i}-s", "scene"));
        var table = new LabelTable(labels);
        var plain = new ulong[]?[table.MaxNumber + 1];
        var expanded = new ulong[]?[table.MaxNumber + 1];
        foreach (var label in table.All)
        {
            double frequency = 0.5 / (1 + label.Number % 7);
            var images_ = new bool[images][];
            for (int i = 0; i < images; i++)
            {
                images_[i] = new bool[grid.Cells];
                if (random.NextDouble() >= frequency) continue;
                if (label.IsScene) Array.Fill(images_[i], true);
                else Blob(random, images_[i], grid);
            }
            plain[label.Number] = NaiveGrid.Pack(images_, grid);
            if (!label.IsScene) expanded[label.Number] = NaiveGrid.Pack(NaiveGrid.Expand(images_, grid, 3), grid);
        }
        return new LabelMaskBank(table, grid, images, plain, expanded);
    }

    private static void Blob(Random random, bool[] image, GridShape grid)
    {
        int y0 = random.Next(grid.Height), x0 = random.Next(grid.Width), h = 1 + random.Next(4), w = 1 + random.Next(4);
        for (int y = y0; y < Math.Min(grid.Height, y0 + h); y++)
            for (int x = x0; x < Math.Min(grid.Width, x0 + w); x++)
                image[grid.CellIndex(y, x)] = true;
    }
}
