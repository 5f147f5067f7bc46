using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Reports.Images;

/// <summary>
/// The pictures of a card (ALGORITHM §7). Each grid cell becomes a square block of pixels
/// (32×32 for a 7×7 grid on a 224×224 image).
/// </summary>
public static class CardImageRenderer
{
    /// <summary>Added to formula cells: blue.</summary>
    public static readonly (int R, int G, int B) FormulaTint = (-64, -64, 64);

    /// <summary>Added to neuron cells: red.</summary>
    public static readonly (int R, int G, int B) NeuronTint = (64, -64, -64);

    public static readonly Rgb24 FormulaOnly = new(192, 192, 255);
    public static readonly Rgb24 NeuronOnly = new(255, 192, 192);
    public static readonly Rgb24 Both = new(255, 128, 255);
    public static readonly Rgb24 Neither = new(255, 255, 255);

    /// <summary>
    /// Row 1: the photo with both tints added to the cells they cover and the sum clipped to
    /// [0, 255] once per channel (a cell in both gets (0, −128, 0) before clipping).
    /// </summary>
    public static Image<Rgb24> Overlay(Image<Rgb24> photo, ImageMasks masks)
    {
        int block = BlockSize(photo.Width, photo.Height, masks);
        var result = photo.Clone();
        result.ProcessPixelRows(rows =>
        {
            for (int py = 0; py < rows.Height; py++)
            {
                var row = rows.GetRowSpan(py);
                for (int px = 0; px < row.Length; px++)
                {
                    int r = row[px].R, g = row[px].G, b = row[px].B;
                    if (masks.Formula(py / block, px / block)) (r, g, b) = (r + FormulaTint.R, g + FormulaTint.G, b + FormulaTint.B);
                    if (masks.Neuron(py / block, px / block)) (r, g, b) = (r + NeuronTint.R, g + NeuronTint.G, b + NeuronTint.B);
                    row[px] = new Rgb24(Clip(r), Clip(g), Clip(b));
                }
            }
        });
        return result;
    }

    /// <summary>Row 3: the two masks alone on white, in an image of <paramref name="size"/>×<paramref name="size"/>.</summary>
    public static Image<Rgb24> Masks(ImageMasks masks, int size)
    {
        int block = BlockSize(size, size, masks);
        var result = new Image<Rgb24>(size, size);
        result.ProcessPixelRows(rows =>
        {
            for (int py = 0; py < rows.Height; py++)
            {
                var row = rows.GetRowSpan(py);
                for (int px = 0; px < row.Length; px++)
                    row[px] = (masks.Formula(py / block, px / block), masks.Neuron(py / block, px / block)) switch
                    {
                        (true, true) => Both,
                        (true, false) => FormulaOnly,
                        (false, true) => NeuronOnly,
                        _ => Neither,
                    };
            }
        });
        return result;
    }

    private static int BlockSize(int width, int height, ImageMasks masks)
    {
        var grid = masks.Grid;
        if (width != height || width % grid.Width != 0 || height % grid.Height != 0 || grid.Width != grid.Height)
            throw new ArgumentException($"A {width}×{height} image cannot be split into square blocks of a {grid} grid.");
        return width / grid.Width;
    }

    private static byte Clip(int value) => (byte)Math.Clamp(value, 0, 255);
}
