using System.Collections.Concurrent;

namespace NeuronOrleans.Dissection.Masks;

/// <summary>
/// Precomputed shift masks and neighbour lists for one grid shape. Single-word grids move whole
/// images with shifts; larger grids walk the neighbour lists cell by cell.
/// </summary>
internal sealed class GridGeometry
{
    private static readonly ConcurrentDictionary<GridShape, GridGeometry> Cache = new();

    private readonly ulong[] _keepColumnsFor; // index dx + Width: cells whose x + dx stays in the grid

    private GridGeometry(GridShape grid)
    {
        Grid = grid;
        AllCells = grid.Cells == 64 ? ulong.MaxValue : (1UL << Math.Min(grid.Cells, 63)) - 1;
        _keepColumnsFor = new ulong[2 * grid.Width + 1];
        for (int dx = -grid.Width; dx <= grid.Width; dx++)
        {
            ulong keep = 0;
            for (int y = 0; y < grid.Height && grid.IsSingleWord; y++)
                for (int x = 0; x < grid.Width; x++)
                    if (x + dx >= 0 && x + dx < grid.Width) keep |= 1UL << grid.CellIndex(y, x);
            _keepColumnsFor[dx + grid.Width] = keep;
        }
        CloseNeighbours = NeighbourLists(grid, Neighbourhoods.Close);
        EightNeighbours = NeighbourLists(grid, Neighbourhoods.Eight);
    }

    public static GridGeometry For(GridShape grid) => Cache.GetOrAdd(grid, g => new GridGeometry(g));

    public GridShape Grid { get; }

    /// <summary>All valid cell bits of a single-word image.</summary>
    public ulong AllCells { get; }

    /// <summary>Per cell, the in-grid cells of its CLOSE neighbourhood.</summary>
    public int[][] CloseNeighbours { get; }

    /// <summary>Per cell, its in-grid 8-neighbours.</summary>
    public int[][] EightNeighbours { get; }

    /// <summary>Moves every true cell of a single-word image by (dy, dx), dropping cells that leave the grid.</summary>
    public ulong Move(ulong image, int dy, int dx)
    {
        int shift = dy * Grid.Width + dx;
        // Moves of a whole grid width or more leave nothing (and C# shift counts wrap at 64).
        if (Math.Abs(dx) >= Grid.Width || Math.Abs(shift) >= 64) return 0;
        ulong kept = image & _keepColumnsFor[dx + Grid.Width];
        ulong moved = shift >= 0 ? kept << shift : kept >> -shift;
        return moved & AllCells;
    }

    private static int[][] NeighbourLists(GridShape grid, (int Dy, int Dx)[] offsets)
    {
        var lists = new int[grid.Cells][];
        for (int y = 0; y < grid.Height; y++)
            for (int x = 0; x < grid.Width; x++)
                lists[grid.CellIndex(y, x)] =
                [
                    .. offsets
                        .Where(o => y + o.Dy >= 0 && y + o.Dy < grid.Height && x + o.Dx >= 0 && x + o.Dx < grid.Width)
                        .Select(o => grid.CellIndex(y + o.Dy, x + o.Dx)),
                ];
        return lists;
    }
}
