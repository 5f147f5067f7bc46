using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.MaskBank;

/// <summary>112×112 maps on 7×7: cell (y, x) covers rows 16y..16y+15 and columns 16x..16x+15.</summary>
public sealed class BlockDownsamplerTests
{
    private const int Size = 112;
    private const ushort Label = 9, Other = 4;

    [Theory]
    [InlineData(99, 0UL)]
    [InlineData(100, 1UL)]
    [InlineData(256, 1UL)]
    public void Cell_needs_at_least_the_threshold_of_its_pixels(int pixels, ulong expected)
    {
        var map = new ushort[Size * Size];
        for (int k = 0; k < pixels; k++) map[BlockPixel(0, 0, k)] = Label;

        Assert.Equal(expected, Downsample(100, map).GetValueOrDefault(Label));
    }

    [Theory]
    [InlineData(15, 0, 0)] // last column of cell (0,0)
    [InlineData(16, 0, 1)] // first column of cell (0,1)
    [InlineData(0, 15, 0)]
    [InlineData(0, 16, 7)] // cell (1,0) is bit 7
    [InlineData(111, 111, 48)]
    public void Block_boundaries_are_every_sixteen_pixels(int x, int y, int cell)
    {
        var map = new ushort[Size * Size];
        map[y * Size + x] = Label;

        Assert.Equal(1UL << cell, Downsample(1, map)[Label]);
    }

    [Fact]
    public void Labels_are_counted_separately()
    {
        var map = new ushort[Size * Size];
        for (int k = 0; k < 256; k++) map[BlockPixel(0, 0, k)] = k < 150 ? Label : Other;

        var cells = Downsample(100, map);

        Assert.Equal(1UL, cells[Label]);
        Assert.Equal(1UL, cells[Other]);
    }

    [Fact]
    public void Planes_are_counted_one_by_one_and_ored()
    {
        ushort[] first = new ushort[Size * Size], second = new ushort[Size * Size];
        for (int k = 0; k < 60; k++)
        {
            first[BlockPixel(0, 0, k)] = Label;
            second[BlockPixel(0, 0, 60 + k)] = Label; // 60 + 60 pixels of cell (0,0), but never 100 in one plane
            second[BlockPixel(0, 1, k)] = second[BlockPixel(0, 1, 60 + k)] = Label; // 120 in one plane
        }

        Assert.Equal(0b10UL, Downsample(100, first, second)[Label]);
    }

    [Theory]
    [InlineData(7, 100)]
    [InlineData(14, 25)] // 100/256 of an 8×8 block, rounded up
    [InlineData(28, 7)] // 100/256 of a 4×4 block: 6.25, rounded up
    public void Other_grids_keep_the_fraction_of_a_block(int size, int expected)
    {
        Assert.Equal(expected, new MaskBankSettings { Grid = new GridShape(size, size) }.CellThreshold);
    }

    [Theory]
    [InlineData(24, 0UL)]
    [InlineData(25, 1UL)]
    public void A_14x14_cell_is_an_8x8_block(int pixels, ulong expected)
    {
        var grid = new GridShape(14, 14);
        var map = new ushort[Size * Size];
        for (int k = 0; k < pixels; k++) map[(k / 8) * Size + k % 8] = Label;
        var cells = new ImageCells(16, grid);

        new BlockDownsampler(16, grid, new MaskBankSettings { Grid = grid }.CellThreshold).Downsample(map, Size, Size, cells);

        Assert.Equal(expected, cells.Labels.Contains(Label) ? cells.Words(Label)[0] : 0UL);
    }

    /// <summary>The k-th pixel (row-major within the block) of cell (cy, cx).</summary>
    private static int BlockPixel(int cy, int cx, int k) => (16 * cy + k / 16) * Size + 16 * cx + k % 16;

    private static Dictionary<int, ulong> Downsample(int threshold, params ushort[][] planes)
    {
        var cells = new ImageCells(16, GridShape.Seven);
        var downsampler = new BlockDownsampler(16, GridShape.Seven, threshold);
        foreach (var plane in planes) downsampler.Downsample(plane, Size, Size, cells);
        return cells.Labels.ToDictionary(label => label, label => cells.Words(label)[0]);
    }
}
