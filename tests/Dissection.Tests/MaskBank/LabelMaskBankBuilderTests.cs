using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Tests.Broden;
using Xunit;
using static NeuronOrleans.Dissection.Tests.Broden.HandMadeBroden;

namespace NeuronOrleans.Dissection.Tests.MaskBank;

/// <summary>The hand-made dataset: 14×14 maps, so each 7×7 cell is a 2×2 block; threshold 2 pixels.</summary>
public sealed class LabelMaskBankBuilderTests : IDisposable
{
    private const ulong AllCells = (1UL << 49) - 1;
    private static readonly MaskBankSettings Settings = new() { DownsamplingThreshold = 2 };

    private readonly TempFolder _folder = new();

    public LabelMaskBankBuilderTests() => Write(_folder.Path);

    public void Dispose() => _folder.Dispose();

    private LabelMaskBank Build(MaskBankSettings settings, IProgress<MaskBankProgress>? progress = null) =>
        LabelMaskBankBuilder.Build(BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex), settings, progress);

    [Fact]
    public void Pixel_labels_become_cells_per_image()
    {
        var bank = Build(Settings);

        Assert.Equal([1UL, 0UL, 0UL], bank.Plain(Car)!);
        Assert.Equal([0UL, 0UL, 1UL << 48], bank.Plain(2)!);
        Assert.Null(bank.Plain(1)); // one pixel never reaches the threshold
    }

    [Fact]
    public void Part_planes_are_downsampled_one_by_one_then_ored()
    {
        // Cell (0,0) has one wheel pixel in each plane: never added up. Cell (0,1) has two in plane 1.
        Assert.Equal([0b10UL, 0UL, 0UL], Build(Settings).Plain(Wheel)!);
    }

    [Fact]
    public void Scene_covers_every_cell_and_zero_is_no_scene()
    {
        var bank = Build(Settings);

        Assert.Equal([AllCells, 0UL, 0UL], bank.Plain(Highway)!);
        Assert.Equal([0UL, 0UL, AllCells], bank.Plain(LivingRoom)!);
    }

    [Fact]
    public void Expansions_skip_scenes_and_use_the_threshold()
    {
        var bank = Build(Settings with { ExpansionThreshold = 1 });

        Assert.Null(bank.Expanded(Highway));
        // Cell 0's in-grid 8-neighbours are cells 1, 7 and 8.
        Assert.Equal([1UL | 1UL << 1 | 1UL << 7 | 1UL << 8, 0UL, 0UL], bank.Expanded(Car)!);
        Assert.Equal([1UL, 0UL, 0UL], Build(Settings).Expanded(Car)!); // threshold 3: nothing added
    }

    [Fact]
    public void Expansions_can_be_turned_off()
    {
        var bank = Build(Settings with { Expansions = false });

        Assert.All(Enumerable.Range(0, bank.Labels.MaxNumber + 1), label => Assert.Null(bank.Expanded(label)));
    }

    [Fact]
    public void Progress_ends_with_every_image_done()
    {
        var progress = new RecordingProgress();

        Build(Settings, progress);

        Assert.Equal(new MaskBankProgress(3, 3), progress.Reports[^1]);
    }

    [Fact]
    public void Result_does_not_depend_on_parallelism()
    {
        var dataset = BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex);

        BankAssert.Equal(
            LabelMaskBankBuilder.Build(dataset, Settings, maxDegreeOfParallelism: 1),
            LabelMaskBankBuilder.Build(dataset, Settings, maxDegreeOfParallelism: 3));
    }

    [Fact]
    public void Bad_settings_are_named()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(Settings with { ExpansionThreshold = 9 }));

        Assert.Contains("ExpansionThreshold", error.Message);
    }
}
