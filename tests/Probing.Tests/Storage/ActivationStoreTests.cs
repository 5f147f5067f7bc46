using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Probing.Storage;
using NeuronOrleans.Probing.Tests.Support;

namespace NeuronOrleans.Probing.Tests.Storage;

public sealed class ActivationStoreTests
{
    private static readonly ActivationStoreIdentity Identity = new("model", new byte[32], "dataset", Enumerable.Repeat((byte)7, 32).ToArray());
    private static readonly GridShape Grid = new(2, 3);

    [Fact]
    public void Image_major_batches_are_stored_neuron_major()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        const int units = 3, images = 5;
        // value = 100·image + 10·unit + cell, written in batches of 2, 2, 1 images.
        float Value(int image, int unit, int cell) => 100 * image + 10 * unit + cell;
        using (var writer = ActivationStoreWriter.OpenOrCreate(path, Identity, units, images, Grid))
        {
            foreach (var (first, count) in new[] { (0, 2), (2, 2), (4, 1) })
            {
                var batch = new float[count * units * Grid.Cells];
                for (var i = 0; i < batch.Length; i++)
                {
                    batch[i] = Value(first + i / (units * Grid.Cells), i / Grid.Cells % units, i % Grid.Cells);
                }
                writer.WriteBatch(first, batch);
            }
            writer.Complete();
        }

        using var store = ActivationStore.Open(path, Identity);

        Assert.Equal(new[] { "model", "dataset" }, new[] { store.Header.Identity.Model, store.Header.Identity.Dataset });
        for (var unit = 0; unit < units; unit++)
        {
            var expected = Enumerable.Range(0, images * Grid.Cells).Select(i => Value(i / Grid.Cells, unit, i % Grid.Cells));
            Assert.Equal(expected, store.ReadNeuron(unit));
        }
        Assert.Equal(ActivationStoreHeader.Size + units * images * Grid.Cells * sizeof(float), new FileInfo(path).Length);
    }

    [Fact]
    public void An_unfinished_store_cannot_be_opened()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        using (ActivationStoreWriter.OpenOrCreate(path, Identity, 1, 2, Grid))
        {
        }
        var partial = ActivationStoreWriter.PartialPath(path);

        var error = Assert.Throws<ActivationStoreException>(() => ActivationStore.Open(partial));

        Assert.Equal($"{partial}: holds 0 of 2 images; the extraction did not finish", error.Message);
    }

    [Fact]
    public void Truncated_and_foreign_files_are_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.File("store.bin");
        using (var writer = ActivationStoreWriter.OpenOrCreate(path, Identity, 2, 1, Grid))
        {
            writer.WriteBatch(0, new float[2 * Grid.Cells]);
            writer.Complete();
        }
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^4]);
        var foreign = temp.File("foreign.bin");
        File.WriteAllText(foreign, "hello");

        var truncated = Assert.Throws<ActivationStoreException>(() => ActivationStore.Open(path));
        var notAStore = Assert.Throws<ActivationStoreException>(() => ActivationStore.Open(foreign));

        Assert.Equal($"{path}: file has {bytes.Length - 4} bytes, {bytes.Length} expected; it is truncated", truncated.Message);
        Assert.Equal($"{foreign}: not an activation store (missing header)", notAStore.Message);
    }
}
