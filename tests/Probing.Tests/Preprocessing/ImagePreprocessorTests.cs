using NeuronOrleans.Probing.Preprocessing;
using NeuronOrleans.Probing.Tests.Support;

namespace NeuronOrleans.Probing.Tests.Preprocessing;

public sealed class ImagePreprocessorTests
{
    private static readonly ImagePreprocessor Broden = new(Normalization.Broden);

    [Fact]
    public void Broden_convention_equals_the_tensor_pytorch_was_fed()
    {
        var expected = Npy.ReadFloats(Fixture.Path("input_a.npy"));

        var actual = Broden.Load(Fixture.Image("a.png"));

        Assert.Equal(expected.Length, actual.Length);
        Assert.All(Enumerable.Range(0, actual.Length), i => Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-5, $"value {i}"));
    }

    [Fact]
    public void Greyscale_images_become_three_equal_channels()
    {
        var values = Broden.Load(Fixture.Image("grey.png"));
        var plane = 224 * 224;
        var mean = Normalization.Broden.Mean;

        for (var i = 0; i < plane; i += 97)
        {
            var red = values[i] * 57.12f + mean[0];
            Assert.Equal(red, values[plane + i] * 57.12f + mean[1], 3);
            Assert.Equal(red, values[2 * plane + i] * 57.12f + mean[2], 3);
        }
    }

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    [InlineData("c")]
    [InlineData("grey")]
    public void Jpeg_decoding_stays_within_a_few_levels_of_pil_on_average(string name)
    {
        // PIL (libjpeg) and ImageSharp differ in IDCT rounding and chroma upsampling: a level or two on
        // smooth images, more at sharp colour edges (image c, a red checkerboard: mean 3.9, max 62 levels).
        // Model parity is therefore tested on PIL's decoded pixels (the PNGs), not on the JPEGs.
        var pil = Broden.Load(Fixture.Image(name + ".png"));
        var imageSharp = Broden.Load(Fixture.Image(name + ".jpg"));

        var levels = pil.Zip(imageSharp, (a, b) => Math.Abs(a - b) * 57.12).ToArray();
        Assert.True(levels.Average() < 5, $"mean difference {levels.Average()} levels, max {levels.Max()}");
    }

    [Fact]
    public void ImageNet_convention_scales_to_unit_range_first()
    {
        var broden = Broden.Load(Fixture.Image("a.png"));
        var imageNet = new ImagePreprocessor(Normalization.ImageNet).Load(Fixture.Image("a.png"));

        var pixel = broden[0] * 57.12f + 124.6901f;
        Assert.Equal((pixel / 255f - 0.485f) / 0.229f, imageNet[0], 4);
    }

    [Fact]
    public void Unreadable_image_fails_naming_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("broken.jpg");
        File.WriteAllText(path, "not an image");

        var error = Assert.Throws<ProbeImageException>(() => Broden.Load(path));

        Assert.StartsWith($"{path}: cannot read image", error.Message);
    }

    [Fact]
    public void Wrongly_sized_image_fails_naming_the_file_and_sizes()
    {
        var error = Assert.Throws<ProbeImageException>(() => new ImagePreprocessor(Normalization.Broden, 112, 112).Load(Fixture.Image("a.png")));

        Assert.Equal($"{Fixture.Image("a.png")}: image is 224×224, expected 112×112 (probe images are not resized)", error.Message);
    }
}
