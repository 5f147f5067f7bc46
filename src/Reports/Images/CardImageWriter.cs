using System.Collections.Concurrent;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Reports.Model;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Reports.Images;

/// <summary>
/// Samples a neuron's card images and writes their pictures into the images folder: the
/// overlay as JPEG (a photo; PNG would make a 512-neuron report ten times bigger), the mask
/// picture as PNG (exact colours, a few hundred bytes), the photo copied byte for byte and
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

    /// <summary>The neuron's samples: images where both the neuron and its best formula have cells.</summary>
    public IReadOnlyList<CardSample> Write(NeuronReport neuron)
    {
        if (neuron.Explained is not { } result) return [];
        var bank = context.Bank ?? throw new InvalidOperationException("The HTML report needs the label mask bank (ReportContext.Bank).");
        var neuronMasks = context.NeuronMask ?? throw new InvalidOperationException("The HTML report needs the neuron masks (ReportContext.NeuronMask).");

        var neuronBits = neuronMasks(neuron.Neuron).Bits;
        var formulaBits = FormulaMasks.Evaluate(bank, result.Best!.Formula);
        var grid = bank.Grid;
        var eligible = Enumerable.Range(0, bank.ImageCount)
            .Where(i => NonEmpty(neuronBits, i, grid.WordsPerImage) && NonEmpty(formulaBits, i, grid.WordsPerImage))
            .ToList();
        var chosen = SeededSampler.Sample(eligible, context.SamplesPerCard, (ulong)neuron.Neuron);
        return [.. chosen.Select(image => WriteSample(neuron.Neuron, image, ImageMasks.Of(grid, neuronBits, formulaBits, image)))];
    }

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
            using var maskPicture = CardImageRenderer.Masks(masks, background.Width);
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

    private static bool NonEmpty(ulong[] bits, int image, int words) => bits.AsSpan(image * words, words).IndexOfAnyExcept(0UL) >= 0;
}
