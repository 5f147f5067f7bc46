using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Storage;
using NeuronOrleans.Probing.Tests.Support;

namespace NeuronOrleans.Probing.Tests.Extraction;

public sealed class ShardedExtractionTests
{
    private static readonly ExtractionOptions Options = new() { BatchSize = 2, Threads = 2, Device = ComputeDevice.Cpu };

    /// <summary>11 images (the fixture PNGs and JPEGs, cycled): shards of 4 give 4, 4, 3.</summary>
    private static ProbeImageSet Images => new(Fixture.Path("images"),
        Enumerable.Range(0, 11).Select(i => Fixture.Images[i % 4] + (i % 8 < 4 ? ".png" : ".jpg")).ToList());

    [Fact]
    public void Shards_in_any_order_with_redos_make_the_one_process_store_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var path = temp.File("sharded.bin");
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);
        var shards = ProbeShard.Plan(Images.Count, 4);
        var seen = new List<ExtractionProgress>();

        ActivationExtractor.ExtractShard(model, Images, path, Options, shards[2], new SynchronousProgress(seen.Add));
        ActivationExtractor.ExtractShard(model, Images, path, Options, shards[0]);
        CrashMidShard(model, path, shards[1]);
        Assert.False(ShardedActivationStore.TryFinish(path, shards));
        ActivationExtractor.ExtractShard(model, Images, path, Options, shards[1]);
        ActivationExtractor.ExtractShard(model, Images, path, Options, shards[0], new SynchronousProgress(seen.Add));
        Assert.True(ShardedActivationStore.TryFinish(path, shards));

        Assert.Equal([new(0, 3), new(2, 3), new(3, 3)], seen); // shard 2's images; the redo of shard 0 returned at once
        ActivationExtractor.Extract(model, Images, temp.File("single.bin"), Options).Dispose();
        Assert.Equal(File.ReadAllBytes(temp.File("single.bin")), File.ReadAllBytes(path));
        using var store = ActivationStore.Open(path, ActivationExtractor.Identity(model, Images, Options));
        Assert.Equal(11, store.Images);
        Assert.False(File.Exists(ActivationStoreWriter.PartialPath(path)));
        Assert.False(Directory.Exists(path + ".shards"));
    }

    [Fact]
    public void A_finished_store_counts_every_shard_as_done()
    {
        using var temp = new TempDirectory();
        var path = temp.File("sharded.bin");
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);
        var shards = ProbeShard.Plan(Images.Count, 8);
        foreach (var shard in shards)
        {
            ActivationExtractor.ExtractShard(model, Images, path, Options, shard);
        }
        Assert.True(ShardedActivationStore.TryFinish(path, shards));
        var seen = new List<ExtractionProgress>();

        ActivationExtractor.ExtractShard(model, Images, path, Options, shards[1], new SynchronousProgress(seen.Add));

        Assert.Empty(seen);
        Assert.All(shards, shard => Assert.True(ShardedActivationStore.IsShardDone(path, shard)));
        Assert.False(File.Exists(ActivationStoreWriter.PartialPath(path)));
    }

    [Fact]
    public void A_shard_outside_the_probe_images_is_refused()
    {
        using var temp = new TempDirectory();
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ActivationExtractor.ExtractShard(model, Images, temp.File("sharded.bin"), Options, new ProbeShard(3, 8, 4)));
    }

    /// <summary>What a process leaves that died after the shard's first batch: unflushed, wrong values and no marker.</summary>
    private static void CrashMidShard(ResNet model, string path, ProbeShard shard)
    {
        var (units, grid) = ActivationExtractor.StoreShape(model.Architecture, Options);
        using var writer = ShardedActivationStore.Open(path, ActivationExtractor.Identity(model, Images, Options), units, Images.Count, grid);
        writer.WriteBatch(shard.FirstImage, Enumerable.Repeat(-1f, Options.BatchSize * units * grid.Cells).ToArray());
    }
}
