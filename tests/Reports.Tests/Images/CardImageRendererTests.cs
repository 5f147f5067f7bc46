using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Reports.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Reports.Tests.Images;

public class CardImageRendererTests
{
    // Cell (y, x) → bit 7y + x. Both: (0,1) and (6,6); neuron only: (0,0) and (3,3);
    // formula only: (3,4) and (0,6); every other cell neither.
    private static readonly ImageMasks Masks = new(GridShape.Seven,
        [Bits((0, 0), (0, 1), (3, 3), (6, 6))],
        [Bits((0, 1), (3, 4), (6, 6), (0, 6))]);

    // Chosen so that every channel clips in some case: R 30 − 64 < 0, B 220 + 64 > 255.
    private static readonly Rgb24 Flat = new(30, 100, 220);

    [Fact]
    public void Overlay_adds_the_tints_of_the_four_cases_and_clips_once()
    {
        using var photo = new Image<Rgb24>(224, 224, Flat);
        using var overlay = CardImageRenderer.Overlay(photo, Masks);
        Assert.Equal(new Rgb24(30, 0, 220), Cell(overlay, 0, 1));   // both: (0, −128, 0), G clipped
        Assert.Equal(new Rgb24(94, 36, 156), Cell(overlay, 0, 0));  // neuron only: +64, −64, −64
        Assert.Equal(new Rgb24(0, 36, 255), Cell(overlay, 3, 4));   // formula only: −64, −64, +64, R and B clipped
        Assert.Equal(Flat, Cell(overlay, 2, 2));                     // neither: unchanged
    }

    [Fact]
    public void Both_tints_are_summed_before_clipping()
    {
        // Clipping after each tint would give 0 + 64 = 64 in R; the sum 20 − 64 + 64 stays 20.
        using var photo = new Image<Rgb24>(224, 224, new Rgb24(20, 200, 250));
        using var overlay = CardImageRenderer.Overlay(photo, Masks);
        Assert.Equal(new Rgb24(20, 72, 250), Cell(overlay, 6, 6));
    }

    [Fact]
    public void Each_cell_is_a_32_pixel_block_with_sharp_edges()
    {
        using var photo = Gradient();
        using var overlay = CardImageRenderer.Overlay(photo, Masks);
        // Columns 31 | 32 separate cell (0,0) (neuron only) from (0,1) (both).
        Assert.Equal(Tinted(photo[31, 0], 64, -64, -64), overlay[31, 0]);
        Assert.Equal(Tinted(photo[32, 0], 0, -128, 0), overlay[32, 0]);
        // Rows 31 | 32 separate (0,0) from (1,0) (neither); the block's far corner is (31, 31).
        Assert.Equal(Tinted(photo[31, 31], 64, -64, -64), overlay[31, 31]);
        Assert.Equal(photo[0, 32], overlay[0, 32]);
        // Cell (3,3) covers pixels 96..127: 95 belongs to (2,3), 128 to (4,3).
        Assert.Equal(photo[100, 95], overlay[100, 95]);
        Assert.Equal(Tinted(photo[100, 96], 64, -64, -64), overlay[100, 96]);
        Assert.Equal(Tinted(photo[100, 127], 64, -64, -64), overlay[100, 127]);
        Assert.Equal(photo[100, 128], overlay[100, 128]);
        // The last cell reaches the image's last pixel.
        Assert.Equal(Tinted(photo[223, 223], 0, -128, 0), overlay[223, 223]);
        Assert.Equal(Tinted(photo[192, 192], 0, -128, 0), overlay[192, 192]);
        Assert.Equal(photo[191, 192], overlay[191, 192]);
    }

    [Fact]
    public void Masks_picture_colours_the_four_cases_on_white()
    {
        using var masks = CardImageRenderer.Masks(Masks, 224);
        Assert.Equal(new Rgb24(255, 128, 255), Cell(masks, 0, 1));
        Assert.Equal(new Rgb24(255, 192, 192), Cell(masks, 0, 0));
        Assert.Equal(new Rgb24(192, 192, 255), Cell(masks, 3, 4));
        Assert.Equal(new Rgb24(255, 255, 255), Cell(masks, 2, 2));
        Assert.Equal(new Rgb24(192, 192, 255), masks[223, 0]);  // (0,6) formula only, top-right corner
        Assert.Equal(new Rgb24(255, 255, 255), masks[191, 0]);  // (0,5) neither
    }

    [Fact]
    public void The_masks_picture_survives_png_encoding_exactly()
    {
        using var masks = CardImageRenderer.Masks(Masks, 224);
        using var stream = new MemoryStream();
        masks.SaveAsPng(stream);
        stream.Position = 0;
        using var decoded = Image.Load<Rgb24>(stream);
        for (int y = 0; y < 224; y++)
            for (int x = 0; x < 224; x++)
                Assert.Equal(masks[x, y], decoded[x, y]);
    }

    [Fact]
    public void Images_that_do_not_split_into_the_grid_are_refused()
    {
        using var photo = new Image<Rgb24>(225, 225);
        Assert.Throws<ArgumentException>(() => CardImageRenderer.Overlay(photo, Masks));
    }

    private static ulong Bits(params (int Y, int X)[] cells) => cells.Aggregate(0UL, (bits, c) => bits | 1UL << (7 * c.Y + c.X));

    /// <summary>Every pixel of cell (y, x) has one colour; returns it.</summary>
    private static Rgb24 Cell(Image<Rgb24> image, int y, int x)
    {
        var colour = image[32 * x, 32 * y];
        for (int py = 32 * y; py < 32 * y + 32; py++)
            for (int px = 32 * x; px < 32 * x + 32; px++)
                Assert.Equal(colour, image[px, py]);
        return colour;
    }

    private static Image<Rgb24> Gradient()
    {
        var image = new Image<Rgb24>(224, 224);
        for (int y = 0; y < 224; y++)
            for (int x = 0; x < 224; x++)
                image[x, y] = new Rgb24((byte)x, (byte)y, (byte)((x + y) / 2));
        return image;
    }

    private static Rgb24 Tinted(Rgb24 pixel, int r, int g, int b) =>
        new((byte)Math.Clamp(pixel.R + r, 0, 255), (byte)Math.Clamp(pixel.G + g, 0, 255), (byte)Math.Clamp(pixel.B + b, 0, 255));
}
