using NeuronOrleans.Probing.Checkpoints;
using NeuronOrleans.Probing.Tests.Support;

namespace NeuronOrleans.Probing.Tests.Checkpoints;

public sealed class CheckpointReaderTests
{
    [Fact]
    public void Zip_and_legacy_formats_hold_the_same_tensors_without_module_prefix()
    {
        var zip = CheckpointReader.ReadStateDict(Fixture.ZipCheckpoint);
        var legacy = CheckpointReader.ReadStateDict(Fixture.LegacyCheckpoint);

        Assert.Equal(zip.Keys.Order(), legacy.Keys.Order());
        Assert.Contains("layer4.1.bn2.running_var", zip.Keys);
        Assert.DoesNotContain(zip.Keys, k => k.StartsWith("module.", StringComparison.Ordinal));
        foreach (var (name, tensor) in zip)
        {
            Assert.Equal(tensor.Shape, legacy[name].Shape);
            Assert.Equal(tensor.Values, legacy[name].Values);
        }
        Assert.Equal(1234f, zip["bn1.num_batches_tracked"].Values.Single());
    }

    [Fact]
    public void PyTorch_02_style_file_with_rebuild_tensor_v1_on_cuda_reads_the_same_weights()
    {
        var zip = CheckpointReader.ReadStateDict(Fixture.ZipCheckpoint);
        var v1 = CheckpointReader.ReadStateDict(Fixture.LegacyV1Checkpoint);

        Assert.DoesNotContain(v1.Keys, k => k.EndsWith("num_batches_tracked", StringComparison.Ordinal));
        Assert.Equal(zip.Count - v1.Count, zip.Keys.Count(k => k.EndsWith("num_batches_tracked", StringComparison.Ordinal)));
        Assert.All(v1, t => Assert.Equal(zip[t.Key].Values, t.Value.Values));
    }

    [Theory]
    [InlineData("tiny_resnet18.zip.pth.tar")]
    [InlineData("tiny_resnet18.legacy.pth.tar")]
    [InlineData("tiny_resnet18.legacy_v1.pth.tar")]
    public void Truncated_checkpoints_fail_naming_the_file(string name)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);
        var bytes = File.ReadAllBytes(Fixture.Path(name));
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var error = Assert.Throws<CheckpointException>(() => CheckpointReader.ReadStateDict(path));

        Assert.StartsWith(path + ": ", error.Message);
        Assert.Matches("truncated|corrupt", error.Message);
    }

    [Fact]
    public void A_file_that_is_no_checkpoint_fails_naming_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("notes.pth");
        File.WriteAllText(path, "hello");

        var error = Assert.Throws<CheckpointException>(() => CheckpointReader.ReadStateDict(path));

        Assert.Equal($"{path}: not a PyTorch checkpoint (neither a zip archive nor a legacy torch.save pickle)", error.Message);
    }

    [Fact]
    public void A_missing_file_fails_naming_the_file()
    {
        var path = Fixture.Path("absent.pth");

        var error = Assert.Throws<CheckpointException>(() => CheckpointReader.ReadStateDict(path));

        Assert.StartsWith($"{path}: cannot read checkpoint", error.Message);
    }

    [Fact]
    public void Corrupt_pickle_bytes_fail_naming_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("corrupt.pth");
        var bytes = File.ReadAllBytes(Fixture.LegacyCheckpoint);
        bytes.AsSpan(200, 64).Fill(0xff);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<CheckpointException>(() => CheckpointReader.ReadStateDict(path));

        Assert.StartsWith(path + ": ", error.Message);
    }
}
