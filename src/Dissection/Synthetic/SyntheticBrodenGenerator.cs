using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Generates a dataset in Broden's on-disk layout (ALGORITHM §2): 224×224 JPEGs and 112×112 PNG
/// label maps (R + 256·G) under <c>images/&lt;source&gt;/</c>, <c>index.csv</c>,
/// <c>index_ade20k.csv</c>, <c>label.csv</c>, <c>category.csv</c> and <c>c_*.csv</c>.
/// Deterministic: the same options give the same bytes, whatever the parallelism.
/// </summary>
public sealed class SyntheticBrodenGenerator
{
    private static readonly JpegEncoder Jpeg = new() { Quality = 90 };

    // Fastest deflate level: label maps compress well anyway, and the full-size set has ~70,000 of them.
    private static readonly PngEncoder Png = new()
    {
        ColorType = PngColorType.Rgb, BitDepth = PngBitDepth.Bit8, CompressionLevel = PngCompressionLevel.BestSpeed,
    };

    private readonly SyntheticWorld _world;
    private readonly SyntheticImageRenderer _renderer;

    public SyntheticBrodenGenerator(SyntheticBrodenOptions options)
    {
        options.Validate();
        Options = options;
        _world = new SyntheticWorld(options);
        _renderer = new SyntheticImageRenderer(_world, options);
    }

    public SyntheticBrodenOptions Options { get; }

    /// <summary>Image <paramref name="index"/> exactly as <see cref="Write"/> writes it (index row order).</summary>
    public SyntheticImage Render(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Options.ImageCount);
        return _renderer.Render(index);
    }

    /// <summary>Writes the whole dataset under <paramref name="root"/> (created if missing; existing files are overwritten).</summary>
    public void Write(string root, CancellationToken cancellationToken = default)
    {
        foreach (var source in new[] { "ade20k", "opensurfaces", "dtd" }) Directory.CreateDirectory(Path.Combine(root, "images", source));
        var rows = new Dictionary<string, string>[Options.ImageCount];
        var statistics = new LabelStatistics(_world.Labels.Count);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism > 0 ? Options.MaxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, Options.ImageCount, parallel, index =>
        {
            var image = _renderer.Render(index);
            WriteImage(root, image);
            rows[index] = SyntheticCsvWriter.IndexRow(image);
            statistics.Add(image);
        });
        SyntheticCsvWriter.Write(root, _world, rows, Options.AdeImageCount, statistics);
    }

    private static void WriteImage(string root, SyntheticImage image)
    {
        const int size = SyntheticCategories.ImageSize, map = SyntheticCategories.MapSize;
        using (var jpeg = Image.LoadPixelData<Rgb24>(image.Rgb, size, size))
            jpeg.SaveAsJpeg(Path.Combine(root, "images", image.ImageFile), Jpeg);

        var encoded = new byte[map * map * 3];
        foreach (var plane in image.Planes)
        {
            for (int i = 0; i < plane.Labels.Length; i++)
            {
                encoded[3 * i] = (byte)plane.Labels[i];
                encoded[3 * i + 1] = (byte)(plane.Labels[i] >> 8);
            }
            using var png = Image.LoadPixelData<Rgb24>(encoded, map, map);
            png.SaveAsPng(Path.Combine(root, "images", plane.File), Png);
        }
    }
}
