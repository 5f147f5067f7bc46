using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Tests.Support;
using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Tests.Models;

public sealed class ResNetFactoryTests
{
    [Fact]
    public void Full_width_resnet18_has_torchvision_parameters_and_shapes()
    {
        using var model = ResNetFactory.Create(ResNetArchitecture.ResNet18(1000));
        using var input = zeros(1, 3, 224, 224);
        using var features = model.Features(input, ProbedLayer.Layer4);
        using var logits = model.forward(input);

        Assert.Equal(11_689_512, model.parameters().Sum(p => p.numel()));
        Assert.Equal(122, model.state_dict().Count);
        Assert.Equal([1L, 512, 7, 7], features.shape);
        Assert.Equal([1L, 1000], logits.shape);
        Assert.Equal("resnet18", model.Architecture.Name);
    }

    [Theory]
    [InlineData(ProbedLayer.Layer1, 56)]
    [InlineData(ProbedLayer.Layer2, 28)]
    [InlineData(ProbedLayer.Layer3, 14)]
    [InlineData(ProbedLayer.Layer4, 7)]
    public void Feature_size_matches_the_forward_pass(ProbedLayer layer, int size)
    {
        using var model = ResNetFactory.Create(new ResNetArchitecture(BlockKind.Basic, [1, 1, 1, 1], 4, [4, 8, 16, 32], 3));
        using var features = model.Features(zeros(1, 3, 224, 224), layer);

        Assert.Equal((size, size), ResNet.FeatureSize(layer, 224, 224));
        Assert.Equal([1L, 4L << ((int)layer - 1), size, size], features.shape);
    }

    [Fact]
    public void Resnet50_uses_bottlenecks_with_expansion_four()
    {
        using var model = ResNetFactory.Create(ResNetArchitecture.ResNet50(365));

        Assert.Equal(2048, model.Architecture.Channels(ProbedLayer.Layer4));
        Assert.Contains("layer1.0.conv3.weight", model.state_dict().Keys);
        Assert.Equal([365L, 2048], model.state_dict()["fc.weight"].shape);
    }

    [Fact]
    public void Random_full_width_resnet18_is_deterministic_and_round_trips_through_a_checkpoint()
    {
        using var temp = new TempDirectory();
        var path = temp.File("random_resnet18.pth");
        using var model = ResNetFactory.CreateRandom(ResNetArchitecture.ResNet18(), seed: 42);
        using var same = ResNetFactory.CreateRandom(ResNetArchitecture.ResNet18(), seed: 42);
        using var other = ResNetFactory.CreateRandom(ResNetArchitecture.ResNet18(), seed: 43);

        ResNetCheckpoint.Save(model, path);
        using var loaded = ResNetCheckpoint.Load(path);

        Assert.Equal(ResNetArchitecture.ResNet18(), loaded.Architecture);
        using var input = randn(2, 3, 224, 224, generator: new TorchSharp.torch.Generator(1));
        using var expected = model.Features(input, ProbedLayer.Layer4);
        using var fromFile = loaded.Features(input, ProbedLayer.Layer4);
        Assert.True(expected.allclose(fromFile, rtol: 0, atol: 0));
        Assert.True(same.Features(input, ProbedLayer.Layer4).allclose(expected, rtol: 0, atol: 0));
        Assert.False(other.Features(input, ProbedLayer.Layer4).allclose(expected, rtol: 0, atol: 0));
        Assert.True(expected.max().item<float>() > 0, "a random model should activate its neurons");
    }
}
