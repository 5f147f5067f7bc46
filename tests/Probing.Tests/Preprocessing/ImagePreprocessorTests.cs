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

    /// <summary>
    /// JPEGs decode to exactly PIL's pixels (Debian python3-pil on libjpeg-turbo): the PNGs hold what PIL
    /// decoded, converted to RGB (Fixtures/make_fixtures.py, Fixtures/jpeg/make_jpeg_fixtures.py).
    /// </summary>
    [Theory]
    [InlineData("images/a")]
    [InlineData("images/b")]
    [InlineData("images/c")]
    [InlineData("images/grey")]
    [InlineData("jpeg/baseline_420_q75")]
    [InlineData("jpeg/baseline_422_q85")]
    [InlineData("jpeg/baseline_444_q90")]
    [InlineData("jpeg/progressive_420_q80")]
    [InlineData("jpeg/progressive_444_q95")]
    [InlineData("jpeg/optimized_420_q60")]
    [InlineData("jpeg/greyscale_q85")]
    [InlineData("jpeg/cmyk_q90")]
    public void Jpeg_pixels_equal_pil(string name)
    {
        Assert.Equal(Broden.Load(Fixture.Path(name + ".png")), Broden.Load(Fixture.Path(name + ".jpg")));
    }

    [Fact]
    public void An_odd_sized_jpeg_decodes_to_pil_pixels_too()
    {
        var odd = new ImagePreprocessor(Normalization.Broden, height: 131, width: 97);
        Assert.Equal(odd.Load(Fixture.Path("jpeg/odd_size_420_q75.png")), odd.Load(Fixture.Path("jpeg/odd_size_420_q75.jpg")));
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
