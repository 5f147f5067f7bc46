using NeuronOrleans.Dissection.Thresholds;
using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;
using NeuronOrleans.Probing.Storage;
using NeuronOrleans.Probing.Tests.Support;

namespace NeuronOrleans.Probing.Tests.Extraction;

public sealed class ActivationExtractorTests
{
    private const int Units = 32;
    private const int Cells = 49;
    private static readonly ExtractionOptions Options = new() { BatchSize = 3, Threads = 2, Device = ComputeDevice.Cpu };

    private static ProbeImageSet Pngs => new(Fixture.Path("images"), Fixture.Images.Select(n => n + ".png").ToList());

    [Fact]
    public void Store_holds_pytorch_layer4_neuron_major()
    {
        using var temp = new TempDirectory();
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);

        using var store = ActivationExtractor.Extract(model, Pngs, temp.File("acts.bin"), Options);

        var expected = Npy.ReadFloats(Fixture.Path("layer4.npy")); // [images, units, 7, 7]
        Assert.Equal((Units, 4), (store.Units, store.Images));
        Assert.Equal(new(7, 7), store.Grid);
        for (var unit = 0; unit < Units; unit++)
        {
            var neuron = store.ReadNeuron(unit);
            for (var image = 0; image < 4; image++)
            {
                for (var cell = 0; cell < Cells; cell++)
                {
                    var want = expected[(image * Units + unit) * Cells + cell];
                    Assert.True(Math.Abs(want - neuron[image * Cells + cell]) < 1e-4, $"unit {unit} image {image} cell {cell}");
                }
            }
        }
    }

    [Fact]
    public void Thresholds_equal_numpy_hazen_percentiles()
    {
        using var temp = new TempDirectory();
        using var model = ResNetCheckpoint.Load(Fixture.LegacyCheckpoint);
        using var store = ActivationExtractor.Extract(model, Pngs, temp.File("acts.bin"), Options);

        var thresholds = Enumerable.Range(0, store.Units).Select(u => Quantile.Hazen(store.ReadNeuron(u), Quantile.DefaultLevel)).ToArray();

        var expected = Npy.Read(Fixture.Path("thresholds.npy")).Values;
        Assert.Equal(expected.Length, thresholds.Length);
        Assert.All(Enumerable.Range(0, Units), u => Assert.True(Math.Abs(expected[u] - thresholds[u]) < 1e-4, $"unit {u}: {expected[u]} vs {thresholds[u]}"));
    }

    [Fact]
    public void Interrupted_extraction_resumes_where_it_stopped()
    {
        using var temp = new TempDirectory();
        var path = temp.File("acts.bin");
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);
        var options = Options with { BatchSize = 1 };
        using var cancel = new CancellationTokenSource();
        var seen = new List<int>();

        Assert.ThrowsAny<OperationCanceledException>(() => ActivationExtractor.Extract(model, Pngs, path, options,
            new SynchronousProgress(p => { if (p.ImagesDone == 2) cancel.Cancel(); }), cancel.Token));
        Assert.False(File.Exists(path));
        Assert.True(File.Exists(ActivationStoreWriter.PartialPath(path)));

        using var store = ActivationExtractor.Extract(model, Pngs, path, options, new SynchronousProgress(p => seen.Add(p.ImagesDone)));

        Assert.Equal([2, 3, 4], seen);
        Assert.False(File.Exists(ActivationStoreWriter.PartialPath(path)));
        using var fresh = ActivationExtractor.Extract(model, Pngs, temp.File("fresh.bin"), options);
        Assert.All(Enumerable.Range(0, Units), u => Assert.Equal(fresh.ReadNeuron(u), store.ReadNeuron(u)));
    }

    [Fact]
    public void A_store_for_another_model_or_dataset_is_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.File("acts.bin");
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);
        ActivationExtractor.Extract(model, Pngs, path, Options).Dispose();
        using var other = ResNetFactory.CreateRandom(model.Architecture, seed: 1);
        var jpegs = new ProbeImageSet(Fixture.Path("images"), Fixture.Images.Select(n => n + ".jpg").ToList());

        var wrongModel = Assert.Throws<ActivationStoreException>(() => ActivationExtractor.Extract(other, Pngs, path, Options));
        var wrongImages = Assert.Throws<ActivationStoreException>(() => ActivationExtractor.Extract(model, jpegs, path, Options));
        var wrongNormalisation = Assert.Throws<ActivationStoreException>(() =>
            ActivationExtractor.Extract(model, Pngs, path, Options with { Normalization = Normalization.ImageNet }));

        Assert.StartsWith($"{path}: refusing this activation store: it was made for model 'resnet18[4,8,16,32] (10 classes), layer4'", wrongModel.Message);
        Assert.Contains("it was made for dataset '4 images", wrongImages.Message);
        Assert.DoesNotContain("for model", wrongImages.Message);
        Assert.Contains("broden normalisation", wrongNormalisation.Message);
    }

    [Fact]
    public void An_interrupted_store_for_another_model_is_not_resumed()
    {
        using var temp = new TempDirectory();
        var path = temp.File("acts.bin");
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => ActivationExtractor.Extract(model, Pngs, path, Options with { BatchSize = 1 },
            new SynchronousProgress(p => { if (p.ImagesDone == 1) cancel.Cancel(); }), cancel.Token));
        using var other = ResNetFactory.CreateRandom(model.Architecture, seed: 1);

        var error = Assert.Throws<ActivationStoreException>(() => ActivationExtractor.Extract(other, Pngs, path, Options));

        Assert.StartsWith($"{path}.partial: cannot resume this interrupted extraction: it was made for model", error.Message);
        Assert.EndsWith("Delete the file to start over.", error.Message);
    }

    [Fact]
    public void An_unreadable_probe_image_fails_naming_it()
    {
        using var temp = new TempDirectory();
        File.Copy(Fixture.Image("a.png"), temp.File("a.png"));
        File.WriteAllText(temp.File("bad.jpg"), "garbage");
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);

        var error = Assert.Throws<ProbeImageException>(() =>
            ActivationExtractor.Extract(model, new ProbeImageSet(temp.Path, ["a.png", "bad.jpg"]), temp.File("acts.bin"), Options));

        Assert.StartsWith($"{temp.File("bad.jpg")}: cannot read image", error.Message);
    }
}
