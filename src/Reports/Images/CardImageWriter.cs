using System.Collections.Concurrent;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Reports.Model;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Reports.Images;

/// <summary>
/// Writes the pictures of a neuron's sampled card images: the overlay as JPEG into the images folder
/// (a photo; PNG would make a 512-neuron report ten times bigger), the photo copied there byte for
/// byte and shared by every card that samples it, and the masks picture as a PNG of one pixel per
/// grid cell (exact colours, about a hundred bytes) inside the page itself, as a data URI, which
/// the page scales up with sharp edges. Pictures are written in place, not atomically: only the
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
        string overlay = $"{neuron}_{image}_overlay.jpg", photo = $"image_{image}.jpg";

        var picture = LoadPhoto(source);
        using (var background = picture ?? Placeholder())
        {
            using var tinted = CardImageRenderer.Overlay(background, masks);
            tinted.Save(Path.Combine(imagesFolder, overlay), OverlayEncoder);
        }
        if (picture is not null && _photosCopied.TryAdd(image, true))
            File.Copy(source, Path.Combine(imagesFolder, photo), overwrite: true);

        return new CardSample(image, masks.Score(context.ReportScore, context.ImrouMultiplier), masks.Score(ScoreKind.Iou, context.ImrouMultiplier),
            Relative(overlay), picture is null ? null : Relative(photo), MasksDataUri(masks));
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

    /// <summary>The masks picture, one pixel per grid cell, as a PNG inside a data URI.</summary>
    private static string MasksDataUri(ImageMasks masks)
    {
        using var picture = CardImageRenderer.Masks(masks, masks.Grid.Width);
        using var png = new MemoryStream();
        picture.Save(png, MaskEncoder);
        return $"data:image/png;base64,{Convert.ToBase64String(png.GetBuffer(), 0, (int)png.Length)}";
    }

    private string Relative(string file) => $"{_relativeFolder}/{file}";
}
