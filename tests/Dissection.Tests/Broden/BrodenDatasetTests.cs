using NeuronOrleans.Dissection.Broden;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.Broden;

public sealed class BrodenDatasetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BrodenDatasetTests() => HandMadeBroden.Write(_folder.Path);

    public void Dispose() => _folder.Dispose();

    private BrodenDataset Open() => BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex);

    [Fact]
    public void Reads_index_columns_by_header_name()
    {
        var images = Open().Images;

        Assert.Equal(3, images.Count);
        var first = images[0];
        Assert.Equal((0, "a/1.jpg", "train"), (first.Index, first.Image, first.Split));
        Assert.Equal((224, 224, 14, 14), (first.ImageHeight, first.ImageWidth, first.MapHeight, first.MapWidth));
        Assert.Equal("val", images[1].Split);
        Assert.Equal(2, images[2].Index);
    }

    [Fact]
    public void Lists_label_maps_of_every_pixel_category_with_all_planes()
    {
        var images = Open().Images;

        // category.csv order (color, object, part), planes in cell order
        Assert.Equal(["a/1_color.png", "a/1_object.png", "a/1_part_1.png", "a/1_part_2.png"], images[0].LabelMaps);
        Assert.Equal(["a/2_object.png"], images[1].LabelMaps);
    }

    [Fact]
    public void Scene_cells_are_label_numbers_and_zero_means_none()
    {
        var images = Open().Images;

        Assert.Equal([HandMadeBroden.Highway], images[0].ImageLabels);
        Assert.Empty(images[1].ImageLabels);
        Assert.Equal([HandMadeBroden.LivingRoom], images[2].ImageLabels);
    }

    [Fact]
    public void Names_show_underscores_as_spaces()
    {
        var labels = Open().Labels;

        Assert.Equal("traffic light", labels[HandMadeBroden.TrafficLight].Name);
        Assert.Equal("living room-s", labels[HandMadeBroden.LivingRoom].Name);
        Assert.True(labels.TryGet("traffic light", out _));
    }

    [Fact]
    public void Primary_category_is_the_largest_coverage_and_the_first_category_on_ties()
    {
        var labels = Open().Labels;

        Assert.Equal("object", labels[HandMadeBroden.TrafficLight].Category); // 0.2 in object and part
        Assert.Equal("part", labels[HandMadeBroden.Wheel].Category); // 0.05 in object, 0.1 in part
        Assert.Equal("color", labels[1].Category);
        Assert.True(labels[HandMadeBroden.Highway].IsScene);
    }

    [Fact]
    public void Categories_keep_category_csv_order()
    {
        Assert.Equal(["color", "object", "part", "scene"], Open().Categories);
    }

    [Fact]
    public void Index_file_is_chosen_by_name()
    {
        HandMadeBroden.WriteCsv(_folder.Path, BrodenDataset.AdeIndex, HandMadeBroden.IndexHeader, "7,a/3.jpg,14,14,,train,224,224,a/3_color.png,");

        var dataset = BrodenDataset.Open(_folder.Path, BrodenDataset.AdeIndex);

        Assert.Equal(BrodenDataset.AdeIndex, dataset.IndexFile);
        Assert.Equal(["a/3.jpg"], dataset.Images.Select(i => i.Image));
    }
}
