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
                for (int x = 0; x < masks.Grid.Width; x++)
                {
                    bool formula = masks.Formula(py / block, x), neuron = masks.Neuron(py / block, x);
                    if (!formula && !neuron) continue;
                    var (r, g, b) = (0, 0, 0);
                    if (formula) (r, g, b) = (r + FormulaTint.R, g + FormulaTint.G, b + FormulaTint.B);
                    if (neuron) (r, g, b) = (r + NeuronTint.R, g + NeuronTint.G, b + NeuronTint.B);
                    // Untinted cells keep the photo's pixels: most cells are in neither mask.
                    foreach (ref var pixel in row.Slice(x * block, block))
                        pixel = new Rgb24(Clip(pixel.R + r), Clip(pixel.G + g), Clip(pixel.B + b));
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
