using NeuronOrleans.Probing.Import;
using NeuronOrleans.Probing.Storage;
using NeuronOrleans.Probing.Tests.Support;

namespace NeuronOrleans.Probing.Tests.Import;

public sealed class NeuronMajorImportTests
{
    private static readonly ActivationStoreIdentity Identity = new("imported", new byte[32], "dataset", new byte[32]);

    [Fact]
    public void The_store_holds_every_neuron_of_the_export_over_several_blocks()
    {
        using var temp = new TempDirectory();
        int images = 2 * NeuronMajorImport.ImagesPerBlock + 37, units = 3, cells = 4;
        var values = Enumerable.Range(0, images * units * cells).Select(i => (float)Math.Sin(i)).ToArray();
        var npy = temp.File("acts.npy");
        NpyWriter.Write(npy, values, images, units, 2, 2);

        var store = NeuronMajorImport.Import(npy, temp.File("acts.store"), Identity);

        using var export = StridedActivationFile.OpenNpy(npy);
        using var imported = ActivationStore.Open(store);
        Assert.Equal((units, images), (imported.Units, imported.Images));
        for (int unit = 0; unit < units; unit++) Assert.Equal(export.ReadNeuron(unit), imported.ReadNeuron(unit));
        Assert.Same(store, NeuronMajorImport.Import(npy, store, Identity)); // once: an existing store is kept
    }
}
