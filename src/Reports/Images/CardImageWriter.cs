using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Reports.Model;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace NeuronOrleans.Reports.Images;

/// <summary>
/// Writes the pictures of a neuron's sampled images. The overlays and the photos are one JPEG per
/// card, <c>card_{neuron}.jpg</c>, a column per sample, overlays above photos: one file per card
/// rather than two per sample, since creating files costs more than encoding them on slow or shared
/// file systems (JPEG, since PNG would make a 512-neuron report ten times bigger). The masks picture
/// is a PNG of one pixel per grid cell (exact colours, about a hundred bytes) inside the page
/// itself, as a data URI, which the page scales up with sharp edges. Pictures are written in place,
/// not atomically: only the page, written after them and atomically, makes them part of a report.
/// </summary>
internal sealed class CardImageWriter(ReportContext context, string imagesFolder)
{
    // 4:4:4 keeps the chroma of the 32-pixel tint blocks sharp; quality 90 keeps a sample's two pictures near 32 KB.
    private static readonly JpegEncoder CardEncoder = new() { Quality = 90, ColorType = JpegColorType.YCbCrRatio444 };
    // Rows of seven pixels gain nothing from PNG's row filters.
    private static readonly PngEncoder MaskEncoder = new() { ColorType = PngColorType.Rgb, CompressionLevel = PngCompressionLevel.BestCompression, FilterMethod = PngFilterMethod.None };
    private static readonly Rgb24 Missing = new(128, 128, 128);

    /// <summary>The side of a sample's pictures: Broden's probe images are 224×224; others are scaled to it.</summary>
    public const int PictureSize = 224;

    private readonly string _relativeFolder = Path.GetFileName(imagesFolder);

    /// <summary>Writes the card picture of the neuron's sampled images (<see cref="NeuronReport.Samples"/>).</summary>
    public IReadOnlyList<CardSample> Write(NeuronReport neuron)
    {
        var sampled = neuron.Samples;
        if (neuron.Explained is null || sampled.Count == 0) return [];
        string card = $"card_{neuron.Neuron}.jpg";
        using var picture = new Image<Rgb24>(sampled.Count * PictureSize, 2 * PictureSize, Missing);
        var samples = new List<CardSample>(sampled.Count);
        for (int column = 0; column < sampled.Count; column++)
        {
            var (image, masks) = sampled[column];
            using var photo = LoadPhoto(ImagePath(image));
            using (var overlay = CardImageRenderer.Overlay(photo ?? new Image<Rgb24>(PictureSize, PictureSize, Missing), masks))
                Place(overlay, picture, column, row: 0);
            if (photo is not null) Place(photo, picture, column, row: 1);
            samples.Add(new CardSample(image, masks.Score(context.ReportScore, context.ImrouMultiplier), masks.Score(ScoreKind.Iou, context.ImrouMultiplier),
                $"{_relativeFolder}/{card}", column, sampled.Count, photo is not null, MasksDataUri(masks)));
        }
        picture.Save(Path.Combine(imagesFolder, card), CardEncoder);
        return samples;
    }

    private string ImagePath(int image) => context.ImagePaths.Count > image
        ? context.ImagePaths[image]
        : throw new InvalidOperationException($"No image path is known for image {image} (ReportContext.ImagePaths has {context.ImagePaths.Count}).");

    /// <summary>The probe image at <see cref="PictureSize"/>, or null when it is missing or unreadable: the report is written anyway.</summary>
    private static Image<Rgb24>? LoadPhoto(string path)
    {
        try
        {
            var photo = Image.Load<Rgb24>(path);
            if (photo.Width != PictureSize || photo.Height != PictureSize) photo.Mutate(scale => scale.Resize(PictureSize, PictureSize));
            return photo;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or UnknownImageFormatException or InvalidImageContentException)
        {
            return null;
        }
    }

    /// <summary>Copies <paramref name="source"/> into its cell of the card picture.</summary>
    private static void Place(Image<Rgb24> source, Image<Rgb24> card, int column, int row) =>
        source.ProcessPixelRows(card, (from, to) =>
        {
            for (int y = 0; y < from.Height; y++)
                from.GetRowSpan(y).CopyTo(to.GetRowSpan(row * PictureSize + y)[(column * PictureSize)..]);
        });

    /// <summary>The masks picture, one pixel per grid cell, as a PNG inside a data URI.</summary>
    private static string MasksDataUri(ImageMasks masks)
    {
        using var picture = CardImageRenderer.Masks(masks, masks.Grid.Width);
        using var png = new MemoryStream();
        picture.Save(png, MaskEncoder);
        return $"data:image/png;base64,{Convert.ToBase64String(png.GetBuffer(), 0, (int)png.Length)}";
    }
}
