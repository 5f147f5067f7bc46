using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Probing.Preprocessing;

/// <summary>
/// Decodes an image to RGB (greyscale images become three equal channels) and writes it
/// normalised, channel-major (<c>[3, H, W]</c>). No resizing: Broden images are already 224×224,
/// and every image of a batch must have the expected size.
/// </summary>
public sealed class ImagePreprocessor(Normalization normalization, int height = ImagePreprocessor.BrodenSize, int width = ImagePreprocessor.BrodenSize)
{
    public const int BrodenSize = 224;

    public Normalization Normalization { get; } = normalization;

    public int Height { get; } = height;

    public int Width { get; } = width;

    public int ValuesPerImage => 3 * Height * Width;

    public float[] Load(string path)
    {
        var values = new float[ValuesPerImage];
        Load(path, values);
        return values;
    }

    /// <summary>Writes the normalised <c>[3, H, W]</c> values of the image at <paramref name="path"/> into <paramref name="destination"/>.</summary>
    public void Load(string path, Span<float> destination)
    {
        using var image = Decode(path);
        if (image.Height != Height || image.Width != Width)
        {
            throw new ProbeImageException($"{path}: image is {image.Width}×{image.Height}, expected {Width}×{Height} (probe images are not resized)");
        }
        var plane = Height * Width;
        var (scale, mean, std) = (Normalization.Scale, Normalization.Mean, Normalization.Std);
        var output = destination[..ValuesPerImage];
        var pixels = new Rgb24[plane];
        image.CopyPixelDataTo(pixels);
        for (var at = 0; at < plane; at++)
        {
            output[at] = (pixels[at].R * scale - mean[0]) / std[0];
            output[plane + at] = (pixels[at].G * scale - mean[1]) / std[1];
            output[2 * plane + at] = (pixels[at].B * scale - mean[2]) / std[2];
        }
    }

    private static Image<Rgb24> Decode(string path)
    {
        try
        {
            return Image.Load<Rgb24>(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            throw new ProbeImageException($"{path}: cannot read image ({e.Message})", e);
        }
    }
}
