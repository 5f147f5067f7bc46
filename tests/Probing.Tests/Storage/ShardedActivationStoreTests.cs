using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Storage;
using NeuronOrleans.Probing.Tests.Support;

namespace NeuronOrleans.Probing.Tests.Storage;

public sealed class ShardedActivationStoreTests
{
    private const int Units = 3, Images = 5;
    private static readonly ActivationStoreIdentity Identity = new("model", new byte[32], "dataset", Enumerable.Repeat((byte)7, 32).ToArray());
    private static readonly GridShape Grid = new(2, 3);
    private static readonly IReadOnlyList<ProbeShard> Shards = ProbeShard.Plan(Images, 2);

    [Fact]
    public void The_store_finishes_only_once_every_shard_is_marked()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        using (var writer = ShardedActivationStore.Open(path, Identity, Units, Images, Grid))
        {
            foreach (var shard in Shards.Reverse())
            {
                writer.WriteBatch(shard.FirstImage, Batch(shard));
            }
            writer.CompleteShard(Shards[2]);
            writer.CompleteShard(Shards[0]);

            Assert.False(ShardedActivationStore.IsShardDone(path, Shards[1]));
            Assert.False(ShardedActivationStore.TryFinish(path, Shards));
            Assert.False(File.Exists(path));

            writer.CompleteShard(Shards[1]);
        }

        Assert.True(ShardedActivationStore.TryFinish(path, Shards));
        Assert.True(ShardedActivationStore.TryFinish(path, Shards));
        using var store = ActivationStore.Open(path, Identity);
        for (var unit = 0; unit < Units; unit++)
        {
            Assert.Equal(Enumerable.Range(0, Images * Grid.Cells).Select(i => Value(i / Grid.Cells, unit, i % Grid.Cells)), store.ReadNeuron(unit));
        }
        Assert.False(File.Exists(ActivationStoreWriter.PartialPath(path)));
        Assert.False(Directory.Exists(path + ".shards"));
    }

    [Fact]
    public void Writers_of_several_processes_share_one_partial_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        using var first = ShardedActivationStore.Open(path, Identity, Units, Images, Grid);
        using var second = ShardedActivationStore.Open(path, Identity, Units, Images, Grid);

        first.WriteBatch(0, Batch(Shards[0]));
        second.WriteBatch(2, Batch(Shards[1]));
        second.WriteBatch(4, Batch(Shards[2]));
        first.CompleteShard(Shards[0]);
        second.CompleteShard(Shards[1]);
        second.CompleteShard(Shards[2]);

        Assert.True(ShardedActivationStore.TryFinish(path, Shards));
        using var store = ActivationStore.Open(path, Identity);
        Assert.Equal(Value(4, 2, 5), store.ReadNeuron(2)[^1]);
    }

    [Fact]
    public void A_partial_file_for_another_identity_or_shape_is_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        ShardedActivationStore.Open(path, Identity, Units, Images, Grid).Dispose();
        var partial = ActivationStoreWriter.PartialPath(path);

        var otherModel = Assert.Throws<ActivationStoreException>(() =>
            ShardedActivationStore.Open(path, Identity with { ModelFingerprint = Enumerable.Repeat((byte)1, 32).ToArray() }, Units, Images, Grid));
        var otherShape = Assert.Throws<ActivationStoreException>(() => ShardedActivationStore.Open(path, Identity, Units, Images + 1, Grid));

        Assert.StartsWith($"{partial}: cannot resume this interrupted extraction: it was made for model 'model'", otherModel.Message);
        Assert.Equal($"{partial}: cannot resume this interrupted extraction: it holds 3 units × 5 images at {Grid}, not 3 × 6 at {Grid}. Delete the file to start over.", otherShape.Message);
    }

    [Fact]
    public void Markers_of_another_plan_or_an_abandoned_file_do_not_count()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        using (var writer = ShardedActivationStore.Open(path, Identity, Units, Images, Grid))
        {
            writer.CompleteShard(Shards[0]);
        }
        Assert.True(ShardedActivationStore.IsShardDone(path, Shards[0]));
        Assert.False(ShardedActivationStore.IsShardDone(path, ProbeShard.Plan(Images, 3)[0]));

        File.Delete(ActivationStoreWriter.PartialPath(path));
        ShardedActivationStore.Open(path, Identity, Units, Images, Grid).Dispose();

        Assert.False(ShardedActivationStore.IsShardDone(path, Shards[0]));
    }

    [Fact]
    public void Finishing_with_a_plan_that_misses_images_is_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        using (var writer = ShardedActivationStore.Open(path, Identity, Units, Images, Grid))
        {
            writer.CompleteShard(Shards[0]);
            writer.CompleteShard(Shards[1]);
        }

        Assert.Throws<ArgumentException>(() => ShardedActivationStore.TryFinish(path, Shards.Take(2).ToList()));
        Assert.False(File.Exists(path));
    }

    // value = 100·image + 10·unit + cell, as ActivationStoreTests.
    private static float Value(int image, int unit, int cell) => 100 * image + 10 * unit + cell;

    /// <summary>The shard's values as the model emits them: <c>[images, units, cells]</c>.</summary>
    private static float[] Batch(ProbeShard shard) =>
        Enumerable.Range(0, shard.ImageCount * Units * Grid.Cells)
            .Select(i => Value(shard.FirstImage + i / (Units * Grid.Cells), i / Grid.Cells % Units, i % Grid.Cells))
            .ToArray();
}
