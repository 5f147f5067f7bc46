using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.MaskBank;

public sealed class BilinearDownsamplerTests
{
    private const int Label = 3;

    /// <summary>
    /// 4 → 3 with align_corners=False: scale 4/3, source = (o + 0.5)·4/3 − 0.5.
    /// o=0: 0.1667 → pixels 0,1 weights 5/6, 1/6; o=1: 1.5 → pixels 1,2 weights 1/2, 1/2;
    /// o=2: 2.8333 → pixels 2,3 weights 1/6, 5/6.
    /// </summary>
    [Fact]
    public void Taps_follow_half_pixel_centres()
    {
        var taps = BilinearDownsampler.Taps(4, 3);

        AssertTap(taps[0], 0, 5.0 / 6, 1, 1.0 / 6);
        AssertTap(taps[1], 1, 0.5, 2, 0.5);
        AssertTap(taps[2], 2, 1.0 / 6, 3, 5.0 / 6);
    }

    /// <summary>
    /// 4×4 map on a 3×3 grid, label at row 0:
    /// - pixel (x=0): cell (0,0) = 5/6 · 5/6 = 0.69 → true; nothing reaches any other cell.
    /// - pixel (x=1): cell (0,0) = 5/6 · 1/6 = 0.14, cell (0,1) = 5/6 · 1/2 = 0.42 → none.
    /// - pixels (x=1, 2): cell (0,1) = 5/6 · (1/2 + 1/2) = 0.83 → true; (0,0) and (0,2) = 5/6 · 1/6 → false.
    /// </summary>
    [Theory]
    [InlineData(new[] { 0 }, 0b001UL)]
    [InlineData(new[] { 1 }, 0UL)]
    [InlineData(new[] { 1, 2 }, 0b010UL)]
    public void Small_map_matches_hand_computed_values(int[] columns, ulong expected)
    {
        var map = new ushort[16];
        foreach (int x in columns) map[x] = Label;

        Assert.Equal(expected, Downsample(new GridShape(3, 3), 4, map));
    }

    /// <summary>
    /// 112 → 7: source = 16·o + 7.5, so cell (0,0) is the mean of pixels (7,7), (8,7), (7,8), (8,8),
    /// a quarter each; at least 0.5 means at least two of them. The rest of the block is ignored.
    /// </summary>
    [Fact]
    public void Broden_size_cell_is_its_four_central_pixels()
    {
        var two = new ushort[112 * 112];
        two[7 * 112 + 7] = two[8 * 112 + 8] = Label;
        var one = new ushort[112 * 112];
        one[7 * 112 + 8] = Label;
        for (int y = 0; y < 7; y++)
            for (int x = 0; x < 16; x++) one[y * 112 + x] = Label; // 112 pixels of the block, none central

        Assert.Equal(1UL, Downsample(GridShape.Seven, 112, two));
        Assert.Equal(0UL, Downsample(GridShape.Seven, 112, one));
    }

    [Fact]
    public void Planes_are_resized_one_by_one_and_ored()
    {
        var first = new ushort[112 * 112];
        first[7 * 112 + 7] = Label;
        var second = new ushort[112 * 112];
        second[8 * 112 + 8] = Label; // a quarter in each plane: 0.5 only if the planes were added up
        var cells = new ImageCells(8, GridShape.Seven);
        var downsampler = new BilinearDownsampler(8, GridShape.Seven);

        downsampler.Downsample(first, 112, 112, cells);
        downsampler.Downsample(second, 112, 112, cells);

        Assert.DoesNotContain(Label, cells.Labels);
    }

    private static void AssertTap((int Pixel, double Weight)[] tap, int low, double lowWeight, int high, double highWeight)
    {
        Assert.Equal(low, tap[0].Pixel);
        Assert.Equal(lowWeight, tap[0].Weight, 12);
        Assert.Equal(high, tap[1].Pixel);
        Assert.Equal(highWeight, tap[1].Weight, 12);
    }

    private static ulong Downsample(GridShape grid, int size, ushort[] map)
    {
        var cells = new ImageCells(8, grid);
        new BilinearDownsampler(8, grid).Downsample(map, size, size, cells);
        return cells.Labels.Contains(Label) ? cells.Words(Label)[0] : 0;
    }
}
