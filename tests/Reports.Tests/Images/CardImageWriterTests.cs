using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace NeuronOrleans.Reports.Tests.Images;

public class CardImageWriterTests(DemoSweep demo) : IClassFixture<DemoSweep>
{
    // Quality-90 JPEG keeps every 32×32 block (one grid cell) within a few levels of its source on
    // average; a tinted block differs from its photo by about 40, and another sample's block by tens.
    private const double JpegTolerance = 8;

    [Fact]
    public void A_card_picture_holds_each_samples_overlay_above_its_photo_in_sample_order()
    {
        using var folder = new TempFolder();
        var writer = new CardImageWriter(demo.Context, folder.Path);
        var neuron = demo.Neurons.First(n => n.Samples.Count == CardSampling.SamplesPerCard);

        var samples = writer.Write(neuron);

        Assert.Equal(neuron.Samples.Select(s => s.Image), samples.Select(s => s.Image));
        Assert.Equal(Enumerable.Range(0, samples.Count), samples.Select(s => s.Column));
        Assert.All(samples, s => Assert.Equal((Path.GetFileName(folder.Path) + $"/card_{neuron.Neuron}.jpg", samples.Count, true), (s.Card, s.Columns, s.HasPhoto)));
        using var card = Image.Load<Rgb24>(Path.Combine(folder.Path, $"card_{neuron.Neuron}.jpg"));
        Assert.Equal((samples.Count * 224, 448), (card.Width, card.Height));
        foreach (var (sampled, column) in neuron.Samples.Select((s, i) => (s, i)))
        {
            using var photo = Image.Load<Rgb24>(demo.Context.ImagePaths[sampled.Image]);
            using var overlay = CardImageRenderer.Overlay(photo, sampled.Masks);
            Assert.True(LargestBlockDifference(overlay, card, column, row: 0) < JpegTolerance, $"overlay of column {column}");
            Assert.True(LargestBlockDifference(photo, card, column, row: 1) < JpegTolerance, $"photo of column {column}");
        }
    }

    [Fact]
    public void A_photo_of_another_size_is_scaled_to_its_cell()
    {
        using var folder = new TempFolder();
        using (var large = Image.Load<Rgb24>(demo.Context.ImagePaths[0]))
        {
            large.Mutate(scale => scale.Resize(448, 448));
            large.SaveAsPng(Path.Combine(folder.Path, "large.png"));
        }
        var neuron = demo.Neurons.First(n => n.Samples.Count > 0);
        var context = demo.Context with { ImagePaths = [Path.Combine(folder.Path, "large.png")] };
        var masks = neuron.Samples[0].Masks;

        new CardImageWriter(context, folder.Path).Write(neuron with { Samples = [new SampledImage(0, masks)] });

        using var card = Image.Load<Rgb24>(Path.Combine(folder.Path, $"card_{neuron.Neuron}.jpg"));
        using var photo = Image.Load<Rgb24>(demo.Context.ImagePaths[0]);
        using var overlay = CardImageRenderer.Overlay(photo, masks);
        Assert.Equal((224, 448), (card.Width, card.Height));
        Assert.True(LargestBlockDifference(overlay, card, column: 0, row: 0) < JpegTolerance);
        Assert.True(LargestBlockDifference(photo, card, column: 0, row: 1) < JpegTolerance);
    }

    /// <summary>The largest mean difference per channel over the 7×7 grid's 32×32 blocks of a card cell.</summary>
    private static double LargestBlockDifference(Image<Rgb24> expected, Image<Rgb24> card, int column, int row)
    {
        var sums = new double[7, 7];
        for (int y = 0; y < 224; y++)
            for (int x = 0; x < 224; x++)
            {
                Rgb24 a = expected[x, y], b = card[column * 224 + x, row * 224 + y];
                sums[y / 32, x / 32] += Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B);
            }
        return sums.Cast<double>().Max() / (3 * 32 * 32);
    }
}
