using System.Collections.Concurrent;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Reports.Model;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Reports.Images;

/// <summary>
/// Writes the pictures of a neuron's sampled card images into the images folder: the
/// overlay as JPEG (a photo; PNG would make a 512-neuron report ten times bigger), the mask
/// picture as PNG (exact colours, one pixel per grid cell, which the page scales up with sharp
/// edges: about a hundred bytes), the photo copied byte for byte and
/// shared by every card that samples it. Pictures are written in place, not atomically: only the
/// page, written after them and atomically, makes them part of a report.
/// </summary>
internal sealed class CardImageWriter(ReportContext context, string imagesFolder)
{
    // 4:4:4 keeps the chroma of the 32-pixel tint blocks sharp; quality 90 keeps files near 30 KB.
    private static readonly JpegEncoder OverlayEncoder = new() { Quality = 90, ColorType = JpegColorType.YCbCrRatio444 };
    private static readonly PngEncoder MaskEncoder = new() { ColorType = PngColorType.Rgb, CompressionLevel = PngCompressionLevel.BestCompression };

    // Broden's probe images are 224×224.
    private const int ProbeImageSize = 224;

    private readonly string _relativeFolder = Path.GetFileName(imagesFolder);
    // The photos this report has copied: the first card to sample an image copies it, the others share it.
    private readonly ConcurrentDictionary<int, bool> _photosCopied = new();

    /// <summary>Writes the pictures of the neuron's sampled images (<see cref="NeuronReport.Samples"/>).</summary>
    public IReadOnlyList<CardSample> Write(NeuronReport neuron) =>
        neuron.Explained is null ? [] : [.. neuron.Samples.Select(sample => WriteSample(neuron.Neuron, sample.Image, sample.Masks))];

    private CardSample WriteSample(int neuron, int image, ImageMasks masks)
    {
        string source = context.ImagePaths.Count > image
            ? context.ImagePaths[image]
            : throw new InvalidOperationException($"No image path is known for image {image} (ReportContext.ImagePaths has {context.ImagePaths.Count}).");
        string overlay = $"{neuron}_{image}_overlay.jpg", photo = $"image_{image}.jpg", maskFile = $"{neuron}_{image}_masks.png";

        var picture = LoadPhoto(source);
        using (var background = picture ?? Placeholder())
        {
            using var tinted = CardImageRenderer.Overlay(background, masks);
            tinted.Save(Path.Combine(imagesFolder, overlay), OverlayEncoder);
            using var maskPicture = CardImageRenderer.Masks(masks, masks.Grid.Width);
            maskPicture.Save(Path.Combine(imagesFolder, maskFile), MaskEncoder);
        }
        if (picture is not null && _photosCopied.TryAdd(image, true))
            File.Copy(source, Path.Combine(imagesFolder, photo), overwrite: true);

        return new CardSample(image, masks.Score(context.ReportScore, context.ImrouMultiplier), masks.Score(ScoreKind.Iou, context.ImrouMultiplier),
            Relative(overlay), picture is null ? null : Relative(photo), Relative(maskFile));
    }

    /// <summary>The probe image, or null when it is missing or unreadable: the report is written anyway.</summary>
    private static Image<Rgb24>? LoadPhoto(string path)
    {
        try
        {
            return Image.Load<Rgb24>(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or UnknownImageFormatException or InvalidImageContentException)
        {
            return null;
        }
    }

    private static Image<Rgb24> Placeholder() => new(ProbeImageSize, ProbeImageSize, new Rgb24(128, 128, 128));

    private string Relative(string file) => $"{_relativeFolder}/{file}";
}
