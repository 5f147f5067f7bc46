using NeuronOrleans.Probing.Checkpoints;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;
using NeuronOrleans.Probing.Tests.Support;
using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Tests.Models;

public sealed class ResNetCheckpointTests
{
    private const float Tolerance = 1e-4f;

    public static TheoryData<string> Checkpoints => new()
    {
        "tiny_resnet18.zip.pth.tar",
        "tiny_resnet18.legacy.pth.tar",
        "tiny_resnet18.legacy_v1.pth.tar",
        "tiny_resnet18.whole.zip.pth.tar",
        "tiny_resnet18.whole.legacy.pth.tar",
    };

    [Fact]
    public void A_pickled_object_that_is_no_model_is_one_line_saying_how_to_save_weights()
    {
        var path = Fixture.Path("pickled_optimizer.pth.tar");
        var error = Assert.Throws<CheckpointException>(() => ResNetCheckpoint.Load(path));

        Assert.Equal($"{path}: holds a pickled torch.optim.sgd.SGD object, not a state dict; save its weights with torch.save(model.state_dict(), path)", error.Message);
    }

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public void Outputs_match_pytorch_on_the_exact_input_tensor(string checkpoint)
    {
        using var model = ResNetCheckpoint.Load(Fixture.Path(checkpoint));
        var (shape, values) = Npy.Read(Fixture.Path("input_a.npy"));
        using var input = tensor(values.Select(v => (float)v).ToArray(), shape);

        using var layer4 = model.Features(input, ProbedLayer.Layer4);
        using var logits = model.forward(input);

        var expectedLayer4 = Npy.ReadFloats(Fixture.Path("layer4.npy"));
        var expectedLogits = Npy.ReadFloats(Fixture.Path("logits.npy"));
        Assert.Equal([1L, 32, 7, 7], layer4.shape);
        AssertClose(expectedLayer4.AsSpan(0, 32 * 49), layer4.data<float>().ToArray());
        AssertClose(expectedLogits.AsSpan(0, 10), logits.data<float>().ToArray());
    }

    [Fact]
    public void Layer4_matches_pytorch_on_the_jpeg_files_themselves()
    {
        // make_fixtures.py feeds PyTorch what PIL decodes from images/*.jpg; here the JPEGs are decoded by us.
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);
        var preprocessor = new ImagePreprocessor(Normalization.Broden);
        var pixels = new[] { "a", "b", "c", "grey" }.SelectMany(name => preprocessor.Load(Fixture.Image(name + ".jpg"))).ToArray();
        using var input = tensor(pixels, [4, 3, 224, 224]);

        using var layer4 = model.Features(input, ProbedLayer.Layer4);

        AssertClose(Npy.ReadFloats(Fixture.Path("layer4.npy")), layer4.data<float>().ToArray());
    }

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public void Architecture_is_read_from_the_checkpoint(string checkpoint)
    {
        using var model = ResNetCheckpoint.Load(Fixture.Path(checkpoint));

        Assert.Equal(new ResNetArchitecture(BlockKind.Basic, [2, 2, 2, 2], 4, [4, 8, 16, 32], 10), model.Architecture);
        Assert.Equal("resnet18[4,8,16,32]", model.Architecture.Name);
    }

    [Fact]
    public void Wrong_architecture_lists_expected_and_found_shapes()
    {
        var error = Assert.Throws<CheckpointException>(() => ResNetCheckpoint.Load(Fixture.ZipCheckpoint, ResNetArchitecture.ResNet18(10)));

        Assert.Contains(Fixture.ZipCheckpoint, error.Message);
        Assert.Contains("'conv1.weight': expected [64, 3, 7, 7], found [4, 3, 7, 7]", error.Message);
        Assert.Contains("'fc.weight': expected [10, 512], found [10, 32]", error.Message);
    }

    [Fact]
    public void Deeper_architecture_lists_missing_tensors()
    {
        var tiny34 = new ResNetArchitecture(BlockKind.Basic, [3, 4, 6, 3], 4, [4, 8, 16, 32], 10);

        var error = Assert.Throws<CheckpointException>(() => ResNetCheckpoint.Load(Fixture.LegacyCheckpoint, tiny34));

        Assert.Contains("missing 'layer1.2.conv1.weight' (expected [4, 4, 3, 3])", error.Message);
    }

    private static void AssertClose(ReadOnlySpan<float> expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"element {i}: expected {expected[i]}, found {actual[i]}");
        }
    }
}
