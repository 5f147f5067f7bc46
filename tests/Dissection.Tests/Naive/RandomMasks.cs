using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Tests.Naive;

/// <summary>Seeded random dataset masks with a mix of empty, sparse, dense and full images.</summary>
internal static class RandomMasks
{
    public static ulong[] Create(Random random, int images, GridShape grid)
    {
        var bits = new bool[images][];
        for (int i = 0; i < images; i++)
        {
            double density = random.Next(5) switch { 0 => 0, 1 => 0.05, 2 => 0.2, 3 => 0.6, _ => random.NextDouble() < 0.1 ? 1 : 0.4 };
            bits[i] = [.. Enumerable.Range(0, grid.Cells).Select(_ => random.NextDouble() < density)];
        }
        return NaiveGrid.Pack(bits, grid);
    }
}
