using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Probing.Import;

namespace NeuronOrleans.Probing.Tests.Import;

/// <summary>Bring-your-own activations, against files numpy wrote (Fixtures/make_import_fixtures.py).</summary>
public class ActivationFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "import");
    private static readonly float[] ExpectedUnit2 = [.. NpyArrays.ReadVector(Path.Combine(Folder, "expected_unit2.npy")).Select(v => (float)v)];

    [Theory]
    [InlineData("acts.npy")]
    [InlineData("inspected_neurons.mmap")]
    public void A_neuron_slice_equals_numpys(string file)
    {
        using var activations = ActivationFiles.Open(Path.Combine(Folder, file));
        Assert.Equal(4, activations.Units);
        Assert.Equal(5, activations.Images);
        Assert.Equal(GridShape.Seven, activations.Grid);
        Assert.Equal(ExpectedUnit2, activations.ReadNeuron(2));
    }

    [Fact]
    public void The_original_thresholds_file_reads_as_doubles() =>
        Assert.Equal([0.5, 1.25, -2.0, 3.0], NpyArrays.ReadVector(Path.Combine(Folder, "static_thresholds.npy")));

    [Fact]
    public void A_unit_outside_the_file_is_refused()
    {
        using var activations = ActivationFiles.Open(Path.Combine(Folder, "acts.npy"));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => activations.ReadNeuron(4));
        Assert.Contains("units 0..3", error.Message);
    }

    [Fact]
    public void A_truncated_array_names_the_file_and_the_sizes()
    {
        var truncated = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.npy");
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "acts.npy"));
        File.WriteAllBytes(truncated, bytes[..^100]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ActivationFiles.Open(truncated));
            Assert.Contains(truncated, error.Message);
            Assert.Contains("5 images × 4 units", error.Message);
        }
        finally
        {
            File.Delete(truncated);
        }
    }

    [Fact]
    public void The_original_cache_needs_its_shape_file()
    {
        var folder = Directory.CreateTempSubdirectory("mmap-").FullName;
        File.Copy(Path.Combine(Folder, "inspected_neurons.mmap"), Path.Combine(folder, "inspected_neurons.mmap"));
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => ActivationFiles.Open(Path.Combine(folder, "inspected_neurons.mmap")));
            Assert.Contains(ActivationFiles.OriginalShapeFile, error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_numpy_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-numpy-{Guid.NewGuid():N}.npy");
        File.WriteAllText(path, "hello");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ActivationFiles.Open(path));
            Assert.Contains("not a numpy .npy file", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
