using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Probing.Preprocessing;

/// <summary>
/// Decodes an image to RGB (greyscale images become three equal channels, JPEGs decoded as PIL
/// decodes them) and writes it normalised, channel-major (<c>[3, H, W]</c>). No resizing: Broden images are already 224×224,
/// and every image of a batch must have the expected size.
/// </summary>
public sealed class ImagePreprocessor(Normalization normalization, int height = ImagePreprocessor.BrodenSize, int width = ImagePreprocessor.BrodenSize)
{
    public const int BrodenSize = 224;

    /// <summary>Names how images are decoded, for fingerprints: stores made by another decoder are not reused.</summary>
    public const string Decoding = "jpeg:libjpeg-turbo-as-pil";

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
        var (rgb, width, height) = Decode(path);
        if (height != Height || width != Width)
        {
            throw new ProbeImageException($"{path}: image is {width}×{height}, expected {Width}×{Height} (probe images are not resized)");
        }
        var plane = Height * Width;
        var (scale, mean, std) = (Normalization.Scale, Normalization.Mean, Normalization.Std);
        var output = destination[..ValuesPerImage];
        for (var at = 0; at < plane; at++)
        {
            output[at] = (rgb[3 * at] * scale - mean[0]) / std[0];
            output[plane + at] = (rgb[3 * at + 1] * scale - mean[1]) / std[1];
            output[2 * plane + at] = (rgb[3 * at + 2] * scale - mean[2]) / std[2];
        }
    }

    /// <summary>Interleaved RGB bytes: JPEGs decoded as PIL decodes them, other formats (lossless) by ImageSharp.</summary>
    internal static (byte[] Rgb, int Width, int Height) Decode(string path)
    {
        try
        {
            var file = File.ReadAllBytes(path);
            if (JpegDecoder.IsJpeg(file)) return JpegDecoder.Decode(file, path);
            using var image = Image.Load<Rgb24>(file);
            var rgb = new byte[3 * image.Width * image.Height];
            image.CopyPixelDataTo(MemoryMarshal.Cast<byte, Rgb24>(rgb.AsSpan()));
            return (rgb, image.Width, image.Height);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException or NetVips.VipsException)
        {
            throw new ProbeImageException($"{path}: cannot read image ({e.Message})", e);
        }
    }
}
