using System.Buffers;
using NeuronOrleans.Dissection.Labels;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// Decodes Broden PNG label maps: the global label number of a pixel is R + 256·G (blue unused),
/// 0 = unlabeled. Thread-safe; one instance serves a whole build.
/// </summary>
public sealed class LabelMapDecoder
{
    // Indexed by the 16-bit pixel value, so validating a pixel is one load.
    private readonly bool[] _known = new bool[ushort.MaxValue + 1];

    public LabelMapDecoder(LabelTable labels)
    {
        _known[0] = true;
        foreach (var label in labels.All)
            if (label.Number <= ushort.MaxValue) _known[label.Number] = true;
    }

    /// <summary>Decodes <paramref name="path"/> into <paramref name="destination"/> (row-major, height·width).</summary>
    public void Decode(string path, int height, int width, Span<ushort> destination)
    {
        if (destination.Length != height * width)
            throw new ArgumentException($"Destination holds {destination.Length} pixels, not {height}×{width}.", nameof(destination));
        using var image = Load(path, height, width);

        var pixels = ArrayPool<Rgb24>.Shared.Rent(height * width);
        try
        {
            image.CopyPixelDataTo(pixels.AsSpan(0, height * width));
            for (int i = 0; i < destination.Length; i++)
            {
                int label = pixels[i].R | pixels[i].G << 8;
                if (!_known[label])
                    throw new BrodenFormatException(
                        $"Label map '{path}' pixel (x={i % width}, y={i / width}) holds label {label}, which is not in label.csv.");
                destination[i] = (ushort)label;
            }
        }
        finally
        {
            ArrayPool<Rgb24>.Shared.Return(pixels);
        }
    }

    private static Image<Rgb24> Load(string path, int height, int width)
    {
        if (!File.Exists(path)) throw new BrodenFormatException($"Missing label map '{path}'.");
        var file = File.ReadAllBytes(path);
        if (LabelMapFiles.Problem(file, path, height, width) is { } problem) throw new BrodenFormatException(problem);
        try
        {
            return Image.Load<Rgb24>(file);
        }
        catch (ImageFormatException e)
        {
            throw new BrodenFormatException($"Label map '{path}' is not a readable PNG: {e.Message}", e);
        }
    }
}
