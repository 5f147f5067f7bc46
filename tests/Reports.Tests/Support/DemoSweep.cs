using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Model;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Reports.Tests.Support;

/// <summary>
/// A small sweep run for real: blob-shaped object labels and image-level scenes over 60 images,
/// neurons built from label masks plus noise, searched by <see cref="BeamSearch"/>, and one
/// 224×224 JPEG per image in a temp folder. Neuron 5 never fires (no explanation), neuron 6
/// failed, and neuron 0 is built on the label whose name carries HTML-special characters.
/// </summary>
public sealed class DemoSweep : IDisposable
{
    public const int ImageCount = 60;
    private static readonly string[] Objects = ["car", "road", "sky", "tree", "building", "water", "grass", "person", "window", "<b>bar & grill</b>"];
    private static readonly string[] Scenes = ["highway-s", "forest-s", "street-s"];

    private readonly TempFolder _folder = new();
    private readonly Dictionary<int, NeuronMask> _masks = [];

    public DemoSweep()
    {
        var random = new Random(20220101);
        var labels = new LabelTable(Objects.Select((name, i) => new Label(i + 1, name, "object"))
            .Concat(Scenes.Select((name, i) => new Label(Objects.Length + i + 1, name, "scene"))));
        Bank = BuildBank(labels, random);
        var search = new BeamSearch(Bank, new SearchSettings { MaxFormulaLength = 3, CandidateCount = 10 });
        var neurons = new List<NeuronReport>();
        for (int neuron = 0; neuron < 8; neuron++)
        {
            double threshold = 4 + 0.137 * neuron;
            if (neuron == 6)
            {
                neurons.Add(new NeuronReport(neuron, threshold, null, "Activation file truncated at image 17, neuron 6"));
                continue;
            }
            var mask = new NeuronMask(NeuronBits(neuron, random), ImageCount, GridShape.Seven);
            _masks[neuron] = mask;
            var result = search.Run(mask);
            neurons.Add(new NeuronReport(neuron, threshold, result) { Samples = CardSampling.Choose(Bank, mask, result, neuron) });
        }
        Neurons = neurons;
        Context = new ReportContext
        {
            Labels = labels,
            ImagePaths = [.. Enumerable.Range(0, ImageCount).Select(WriteImage)],
        };
    }

    public LabelMaskBank Bank { get; }

    /// <summary>The neurons' masks, by neuron; none for the failed one.</summary>
    public IReadOnlyDictionary<int, NeuronMask> Masks => _masks;

    public IReadOnlyList<NeuronReport> Neurons { get; }

    public ReportContext Context { get; }

    public void Dispose() => _folder.Dispose();

    /// <summary>Two labels' cells (or a scene's images), thinned and with a little noise; neuron 5 stays silent.</summary>
    private ulong[] NeuronBits(int neuron, Random random)
    {
        var bits = new ulong[ImageCount];
        if (neuron == 5) return bits;
        var first = Bank.Plain(1 + (neuron + 9) % Objects.Length)!;
        var second = Bank.Plain(1 + (3 * neuron + 2) % (Objects.Length + Scenes.Length))!;
        for (int i = 0; i < ImageCount; i++)
        {
            ulong cells = neuron % 2 == 0 ? first[i] | second[i] : first[i] & ~second[i];
            for (int cell = 0; cell < 49; cell++)
            {
                if (random.NextDouble() < 0.15) cells &= ~(1UL << cell);
                if (random.NextDouble() < 0.01) cells |= 1UL << cell;
            }
            bits[i] = cells;
        }
        return bits;
    }

    private static LabelMaskBank BuildBank(LabelTable labels, Random random)
    {
        var plain = new ulong[]?[labels.MaxNumber + 1];
        var expanded = new ulong[]?[labels.MaxNumber + 1];
        foreach (var label in labels.All)
        {
            var mask = new ulong[ImageCount];
            for (int i = 0; i < ImageCount; i++)
                if (random.NextDouble() < 0.35) mask[i] = label.IsScene ? (1UL << 49) - 1 : Blob(random);
            plain[label.Number] = mask;
            if (!label.IsScene) expanded[label.Number] = [.. mask.Select(Expand)];
        }
        return new LabelMaskBank(labels, GridShape.Seven, ImageCount, plain, expanded);
    }

    private static ulong Blob(Random random)
    {
        int y0 = random.Next(7), x0 = random.Next(7), h = 1 + random.Next(4), w = 1 + random.Next(4);
        ulong bits = 0;
        for (int y = y0; y < Math.Min(7, y0 + h); y++)
            for (int x = x0; x < Math.Min(7, x0 + w); x++)
                bits |= 1UL << (7 * y + x);
        return bits;
    }

    /// <summary>EXPAND (ALGORITHM §2.2): a false cell turns true with at least 3 true 8-neighbours.</summary>
    private static ulong Expand(ulong bits)
    {
        ulong result = bits;
        for (int y = 0; y < 7; y++)
            for (int x = 0; x < 7; x++)
            {
                int neighbours = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        if ((dy, dx) != (0, 0) && y + dy is >= 0 and < 7 && x + dx is >= 0 and < 7 && (bits >> (7 * (y + dy) + x + dx) & 1) != 0)
                            neighbours++;
                if (neighbours >= 3) result |= 1UL << (7 * y + x);
            }
        return result;
    }

    /// <summary>A calm picture: a sky-to-ground gradient with a horizon that moves per image, so tints stay readable.</summary>
    private string WriteImage(int index)
    {
        using var image = new Image<Rgb24>(224, 224);
        int horizon = 60 + 97 * index % 110;
        for (int y = 0; y < 224; y++)
            for (int x = 0; x < 224; x++)
                image[x, y] = y < horizon
                    ? new Rgb24((byte)(150 + y / 4), (byte)(180 + y / 5), 235)
                    : new Rgb24((byte)(110 + (x + index * 31) % 60), (byte)(130 + (y - horizon) / 4), (byte)(90 + x / 8));
        string path = Path.Combine(_folder.Path, $"image_{index:D4}.jpg");
        image.SaveAsJpeg(path);
        return path;
    }
}
