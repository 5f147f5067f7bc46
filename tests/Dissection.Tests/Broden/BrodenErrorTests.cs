using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.Broden;

/// <summary>Bad input fails with a message naming the file and the row, pixel or value at fault.</summary>
public sealed class BrodenErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BrodenErrorTests() => HandMadeBroden.Write(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Missing_file_is_named()
    {
        File.Delete(_folder.File("c_part.csv"));

        var error = Assert.Throws<BrodenFormatException>(Open);

        Assert.Contains("Missing file", error.Message);
        Assert.Contains("c_part.csv", error.Message);
    }

    [Fact]
    public void Row_with_wrong_column_count_names_file_and_line()
    {
        HandMadeBroden.WriteCsv(_folder.Path, "label.csv", "number,name,category,frequency,coverage,syns", "1,red-c,color(3),3,1.0,", "2,blue-c,color(1),1");

        var error = Assert.Throws<BrodenFormatException>(Open);

        Assert.Contains("label.csv' line 3", error.Message);
        Assert.Contains("expected 6 columns", error.Message);
        Assert.Contains("found 4", error.Message);
    }

    [Fact]
    public void Missing_column_is_named()
    {
        HandMadeBroden.WriteCsv(_folder.Path, "index.csv", "image,split,ih,iw,sh", "a/1.jpg,train,224,224,14");

        var error = Assert.Throws<BrodenFormatException>(Open);

        Assert.Contains("no column 'sw'", error.Message);
    }

    [Fact]
    public void Unknown_label_in_index_cell_names_file_line_and_column()
    {
        HandMadeBroden.WriteCsv(_folder.Path, "index.csv", HandMadeBroden.IndexHeader,
            "6,a/1.jpg,14,14,,train,224,224,,", "42,a/2.jpg,14,14,,train,224,224,,");

        var error = Assert.Throws<BrodenFormatException>(Open);

        Assert.Contains("index.csv' line 3, column 'scene': label 42", error.Message);
    }

    [Fact]
    public void Non_numeric_size_names_the_cell()
    {
        HandMadeBroden.WriteCsv(_folder.Path, "index.csv", HandMadeBroden.IndexHeader, "6,a/1.jpg,14,big,,train,224,224,,");

        var error = Assert.Throws<BrodenFormatException>(Open);

        Assert.Contains("line 2, column 'sh': expected an integer, found 'big'", error.Message);
    }

    [Fact]
    public void Label_map_of_wrong_size_names_file_and_both_sizes()
    {
        HandMadeBroden.WritePng(_folder.Path, "a/2_object.png", new ushort[10 * 14], height: 10, width: 14);

        var error = Assert.Throws<BrodenFormatException>(Build);

        Assert.Contains("2_object.png", error.Message);
        Assert.Contains("is 10×14", error.Message);
        Assert.Contains("gives 14×14", error.Message);
    }

    [Fact]
    public void Unknown_label_in_label_map_names_file_pixel_and_label()
    {
        HandMadeBroden.WritePng(_folder.Path, "a/2_object.png", HandMadeBroden.Map((4, 9, 300)));

        var error = Assert.Throws<BrodenFormatException>(Build);

        Assert.Contains("2_object.png' pixel (x=4, y=9) holds label 300", error.Message);
    }

    [Fact]
    public void Unreadable_label_map_is_named()
    {
        File.WriteAllBytes(_folder.File("images/a/2_object.png"), [1, 2, 3, 4, 5]);

        var error = Assert.Throws<BrodenFormatException>(Build);

        Assert.Contains("2_object.png' is not a PNG file", error.Message);
    }

    [Theory]
    [InlineData(PngColorType.Grayscale, PngBitDepth.Bit16, "is a 16-bit greyscale PNG")]
    [InlineData(PngColorType.Grayscale, PngBitDepth.Bit8, "is a 8-bit greyscale PNG")]
    [InlineData(PngColorType.Palette, PngBitDepth.Bit8, "is a 8-bit palette PNG")]
    [InlineData(PngColorType.Rgb, PngBitDepth.Bit16, "is a 16-bit RGB PNG")]
    public void Label_maps_in_another_encoding_are_refused_naming_it(PngColorType colour, PngBitDepth depth, string expected)
    {
        // A 16-bit grey map whose value is the label would otherwise decode as unlabeled, silently.
        using (var grey = new Image<L16>(14, 14, new L16(3)))
            grey.SaveAsPng(_folder.File("images/a/2_object.png"), new PngEncoder { ColorType = colour, BitDepth = depth });

        var build = Assert.Throws<BrodenFormatException>(Build);
        var check = Assert.Throws<BrodenFormatException>(() => LabelMapFiles.CheckAll(BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex)));

        foreach (var error in new[] { build, check })
        {
            Assert.Contains($"2_object.png' {expected}; Broden label maps are 8-bit RGB or RGBA (label = R + 256·G).", error.Message);
            Assert.DoesNotContain("\n", error.Message);
        }
    }

    [Fact]
    public void Several_bad_label_maps_name_the_first_and_count_them()
    {
        File.Delete(_folder.File("images/a/2_object.png"));
        File.Delete(_folder.File("images/a/3_color.png"));

        var build = Assert.Throws<BrodenFormatException>(Build);
        var check = Assert.Throws<BrodenFormatException>(() => LabelMapFiles.CheckAll(BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex)));

        Assert.StartsWith($"Missing label map '{_folder.File("images/a/2_object.png")}'.", build.Message);
        Assert.EndsWith("(2 of 3 images are affected.)", build.Message);
        Assert.StartsWith($"Missing label map '{_folder.File("images/a/2_object.png")}'.", check.Message);
        Assert.EndsWith("(2 of 6 label maps have problems.)", check.Message);
    }

    [Fact]
    public void A_good_dataset_passes_the_label_map_check()
    {
        LabelMapFiles.CheckAll(BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex));
    }

    [Fact]
    public void Missing_label_map_is_named()
    {
        File.Delete(_folder.File("images/a/3_color.png"));

        var error = Assert.Throws<BrodenFormatException>(Build);

        Assert.Contains("Missing label map", error.Message);
        Assert.Contains("3_color.png", error.Message);
    }

    private void Open() => BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex);

    private void Build() => LabelMaskBankBuilder.Build(BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex), new MaskBankSettings());
}
