using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Dissection.Tests.Broden;
using SixLabors.ImageSharp;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.Synthetic;

public sealed class SyntheticBrodenGeneratorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Generate(SyntheticBrodenOptions options, string name = "broden")
    {
        var root = _folder.File(name);
        new SyntheticBrodenGenerator(options).Write(root);
        return root;
    }

    [Fact]
    public void Same_seed_gives_identical_files_whatever_the_parallelism()
    {
        var first = Generate(SyntheticBrodenOptions.Tiny with { MaxDegreeOfParallelism = 1 }, "first");
        var second = Generate(SyntheticBrodenOptions.Tiny with { MaxDegreeOfParallelism = 3 }, "second");

        var files = RelativeFiles(first);
        Assert.Equal(files, RelativeFiles(second));
        Assert.Contains("label.csv", files);
        Assert.Contains(files, f => f.EndsWith("_part_2.png", StringComparison.Ordinal));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
    }

    [Fact]
    public void Other_seed_gives_another_dataset()
    {
        var first = Generate(SyntheticBrodenOptions.Tiny, "first");
        var second = Generate(SyntheticBrodenOptions.Tiny with { Seed = 2 }, "second");

        Assert.NotEqual(File.ReadAllText(Path.Combine(first, "label.csv")), File.ReadAllText(Path.Combine(second, "label.csv")));
    }

    [Fact]
    public void Layout_is_broden_layout()
    {
        var root = Generate(SyntheticBrodenOptions.Tiny);

        var full = BrodenDataset.Open(root, BrodenDataset.FullIndex);
        var ade = BrodenDataset.Open(root, BrodenDataset.AdeIndex);

        Assert.Equal(["color", "object", "part", "material", "scene", "texture"], full.Categories);
        Assert.Equal(20, full.Labels.All.Count);
        Assert.Equal(50, full.Images.Count);
        // The same rows although the columns are ordered differently.
        Assert.Equal(full.Images.Take(40).Select(Describe), ade.Images.Select(Describe));
        Assert.NotEqual(File.ReadLines(Path.Combine(root, "index.csv")).First(), File.ReadLines(Path.Combine(root, "index_ade20k.csv")).First());
        Assert.All(full.Labels.All.Where(l => l.Category == "color"), l => Assert.EndsWith("-c", l.Name));
        Assert.All(full.Labels.All.Where(l => l.Category == "scene"), l => Assert.EndsWith("-s", l.Name));

        var image = full.Images[0];
        Assert.Equal((224, 224, 112, 112), (image.ImageHeight, image.ImageWidth, image.MapHeight, image.MapWidth));
        var jpeg = Image.Identify(full.ImagePath(image));
        Assert.Equal((224, 224), (jpeg.Width, jpeg.Height));
        var png = Image.Identify(full.LabelMapPath(image.LabelMaps[0]));
        Assert.Equal((112, 112), (png.Width, png.Height));
    }

    [Fact]
    public void Masks_read_back_from_files_match_the_rendered_planes()
    {
        var options = SyntheticBrodenOptions.Tiny;
        var generator = new SyntheticBrodenGenerator(options);
        var root = _folder.File("broden");
        generator.Write(root);

        var bank = LabelMaskBankBuilder.Build(BrodenDataset.Open(root, BrodenDataset.FullIndex), new MaskBankSettings());

        var expected = Enumerable.Range(0, options.ImageCount).Select(i => NaiveCells(generator.Render(i))).ToList();
        foreach (var label in bank.Labels.All)
            for (int image = 0; image < options.ImageCount; image++)
                Assert.True(expected[image].GetValueOrDefault(label.Number) == (bank.Plain(label.Number)?[image] ?? 0),
                    $"label {label.Number} ('{label.Name}') in image {image}");
        Assert.Contains(expected, cells => cells.Count > 3);
    }

    [Fact]
    public void Object_frequencies_have_a_long_tail()
    {
        const int images = 300, objects = 100;
        var generator = new SyntheticBrodenGenerator(new SyntheticBrodenOptions { AdeImageCount = images, OtherImageCount = 0, ObjectLabels = objects });

        var frequencies = Enumerable.Range(0, images)
            .SelectMany(i => generator.Render(i).Planes.Single(p => p.Category == "object").Labels.Where(l => l != 0).Distinct())
            .CountBy(label => label).Select(pair => pair.Value)
            .Concat(Enumerable.Repeat(0, objects)).OrderDescending().Take(objects).ToList();

        double topTenPercentShare = (double)frequencies.Take(objects / 10).Sum() / frequencies.Sum();
        double rareShare = (double)frequencies.Count(f => f <= images / 100) / objects;
        Assert.True(topTenPercentShare > 0.5, $"the top 10 % of objects hold {topTenPercentShare:P0} of occurrences");
        Assert.True(rareShare > 0.3, $"{rareShare:P0} of objects are in at most 1 % of images");
    }

    [Fact]
    public void Scenes_predict_their_typical_objects()
    {
        var generator = new SyntheticBrodenGenerator(new SyntheticBrodenOptions { AdeImageCount = 400, OtherImageCount = 0 });
        var images = Enumerable.Range(0, 400).Select(generator.Render).ToList();
        var objectsPerImage = images.Select(i => i.Planes.Single(p => p.Category == "object").Labels.Where(l => l != 0).Select(l => (int)l).ToHashSet()).ToList();
        int scene = images.Select(i => i.ImageLabels[0].Label).Where(l => l != 0).CountBy(l => l).MaxBy(p => p.Value).Key;
        var inScene = Enumerable.Range(0, 400).Where(i => images[i].ImageLabels[0].Label == scene).ToList();
        // The object most frequent in this scene's images.
        int item = inScene.SelectMany(i => objectsPerImage[i]).CountBy(l => l).MaxBy(p => p.Value).Key;

        double inSceneRate = (double)inScene.Count(i => objectsPerImage[i].Contains(item)) / inScene.Count;
        double otherRate = (double)Enumerable.Range(0, 400).Except(inScene).Count(i => objectsPerImage[i].Contains(item)) / (400 - inScene.Count);
        Assert.True(inSceneRate > 2 * otherRate, $"{inSceneRate:P0} in the scene, {otherRate:P0} elsewhere");
    }

    [Fact]
    public void Tiny_dataset_is_quick()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Generate(SyntheticBrodenOptions.Tiny);

        // Generous for a shared machine; typically well under a second.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    /// <summary>Block mode computed the slow, obvious way from the generator's own planes.</summary>
    private static Dictionary<int, ulong> NaiveCells(SyntheticImage image)
    {
        var cells = new Dictionary<int, ulong>();
        for (int cell = 0; cell < 49; cell++)
        {
            var counts = new Dictionary<int, int>();
            for (int y = 16 * (cell / 7); y < 16 * (cell / 7) + 16; y++)
                for (int x = 16 * (cell % 7); x < 16 * (cell % 7) + 16; x++)
                    foreach (int label in image.Planes.Select(p => (int)p.Labels[y * 112 + x]).Where(l => l != 0).Distinct())
                        counts[label] = counts.GetValueOrDefault(label) + 1;
            foreach (var (label, count) in counts)
                if (count >= 100) cells[label] = cells.GetValueOrDefault(label) | 1UL << cell;
        }
        foreach (var entry in image.ImageLabels.Where(l => l.Label != 0)) cells[entry.Label] = (1UL << 49) - 1;
        return cells;
    }

    private static string Describe(BrodenImage image) =>
        $"{image.Index} {image.Image} {image.Split} {image.ImageHeight}x{image.ImageWidth} {image.MapHeight}x{image.MapWidth} "
        + $"{string.Join(';', image.LabelMaps)} {string.Join(';', image.ImageLabels)}";

    private static List<string> RelativeFiles(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
