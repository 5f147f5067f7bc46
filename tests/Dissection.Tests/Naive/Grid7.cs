using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Tests.Naive;

/// <summary>7×7 images drawn as text: one row per string, 'X' true, '.' false, spaces ignored.</summary>
internal static class Grid7
{
    public static ulong Image(params string[] rows)
    {
        Assert.Equal(7, rows.Length);
        ulong word = 0;
        for (int y = 0; y < 7; y++)
        {
            var cells = rows[y].Replace(" ", "");
            Assert.Equal(7, cells.Length);
            for (int x = 0; x < 7; x++)
                if (cells[x] == 'X') word |= 1UL << GridShape.Seven.CellIndex(y, x);
        }
        return word;
    }

    public static ulong Cell(int y, int x) => 1UL << GridShape.Seven.CellIndex(y, x);

    public static ulong Cells(params int[] indices) => indices.Aggregate(0UL, (word, i) => word | 1UL << i);
}
