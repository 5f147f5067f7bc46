using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Tests.Broden;
using Xunit;
using static NeuronOrleans.Dissection.Tests.Broden.HandMadeBroden;

namespace NeuronOrleans.Dissection.Tests.MaskBank;

public sealed class MaskBankCacheTests : IDisposable
{
    private static readonly MaskBankSettings Settings = new() { DownsamplingThreshold = 2 };

    private readonly TempFolder _folder = new();
    private readonly string _cacheFile;

    public MaskBankCacheTests()
    {
        Write(_folder.Path);
        _cacheFile = _folder.File("cache/masks.bin");
    }

    public void Dispose() => _folder.Dispose();

    private (MaskBankCacheResult Result, RecordingProgress Progress) LoadOrBuild(MaskBankSettings? settings = null)
    {
        var progress = new RecordingProgress();
        var dataset = BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex);
        return (MaskBankCache.LoadOrBuild(dataset, settings ?? Settings, _cacheFile, progress), progress);
    }

    [Fact]
    public void Unchanged_dataset_and_settings_load_without_building()
    {
        var (built, buildProgress) = LoadOrBuild();
        var (loaded, loadProgress) = LoadOrBuild();

        Assert.Equal(MaskBankCacheOutcome.Built, built.Outcome);
        Assert.NotEmpty(buildProgress.Reports);
        Assert.Equal(MaskBankCacheOutcome.Loaded, loaded.Outcome);
        Assert.Empty(loadProgress.Reports);
        BankAssert.Equal(built.Bank, loaded.Bank);
    }

    [Fact]
    public void Changed_settings_rebuild()
    {
        LoadOrBuild();
        var other = Settings with { ExpansionThreshold = 1 };

        var (rebuilt, _) = LoadOrBuild(other);

        Assert.Equal(MaskBankCacheOutcome.RebuiltSettingsChanged, rebuilt.Outcome);
        Assert.Equal(0b110000011UL, rebuilt.Bank.Expanded(Car)![0]);
        Assert.Equal(MaskBankCacheOutcome.Loaded, LoadOrBuild(other).Result.Outcome);
        Assert.Equal(MaskBankCacheOutcome.RebuiltSettingsChanged, LoadOrBuild().Result.Outcome);
    }

    [Fact]
    public void Changed_description_file_rebuilds()
    {
        LoadOrBuild();
        WriteCsv(_folder.Path, "c_object.csv", "code,number,name,frequency,coverage", "1,3,car,2,0.6", "2,4,traffic_light,1,0.2", "3,5,wheel,1,0.05");

        Assert.Equal(MaskBankCacheOutcome.RebuiltDatasetChanged, LoadOrBuild().Result.Outcome);
    }

    [Fact]
    public void Changed_label_map_rebuilds_and_is_never_stale()
    {
        LoadOrBuild();
        WritePng(_folder.Path, "a/2_object.png", Map((12, 0, Car), (13, 0, Car), (12, 1, Car), (13, 1, Car)));

        var (rebuilt, _) = LoadOrBuild();

        Assert.Equal(MaskBankCacheOutcome.RebuiltDatasetChanged, rebuilt.Outcome);
        Assert.Equal(1UL << 6, rebuilt.Bank.Plain(Car)![1]);
    }

    [Fact]
    public void Truncated_file_rebuilds()
    {
        LoadOrBuild();
        var bytes = File.ReadAllBytes(_cacheFile);
        File.WriteAllBytes(_cacheFile, bytes[..(bytes.Length / 2)]);

        Assert.Equal(MaskBankCacheOutcome.RebuiltUnreadable, LoadOrBuild().Result.Outcome);
        Assert.Equal(MaskBankCacheOutcome.Loaded, LoadOrBuild().Result.Outcome);
    }

    [Fact]
    public void Damaged_mask_bytes_rebuild()
    {
        var (built, _) = LoadOrBuild();
        var bytes = File.ReadAllBytes(_cacheFile);
        bytes[^20] ^= 0x10; // inside the last mask, before the checksum

        File.WriteAllBytes(_cacheFile, bytes);
        var (rebuilt, _) = LoadOrBuild();

        Assert.Equal(MaskBankCacheOutcome.RebuiltUnreadable, rebuilt.Outcome);
        BankAssert.Equal(built.Bank, rebuilt.Bank);
    }

    [Fact]
    public void Foreign_file_rebuilds()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cacheFile)!);
        File.WriteAllText(_cacheFile, "not a mask bank");

        Assert.Equal(MaskBankCacheOutcome.RebuiltUnreadable, LoadOrBuild().Result.Outcome);
    }

    [Fact]
    public void Writing_leaves_only_the_cache_file()
    {
        LoadOrBuild();
        LoadOrBuild(Settings with { Expansions = false });

        Assert.Equal([_cacheFile], Directory.GetFiles(Path.GetDirectoryName(_cacheFile)!));
    }

    [Fact]
    public void File_name_names_index_and_settings()
    {
        var dataset = BrodenDataset.Open(_folder.Path, BrodenDataset.FullIndex);

        Assert.Equal("labelmasks_index_7x7_MD100_X3.bin", MaskBankCache.FileName(dataset, new MaskBankSettings()));
        Assert.Equal("labelmasks_index_7x7_BL_N.bin",
            MaskBankCache.FileName(dataset, new MaskBankSettings { Downsampling = DownsamplingMode.Bilinear, Expansions = false }));
    }
}
