using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Tests.Support;
using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Tests.Models;

public sealed class ChannelsLastTests
{
    [Fact]
    public void A_channels_last_copy_keeps_every_value_with_channels_as_the_innermost_stride()
    {
        using var scope = NewDisposeScope();
        var dense = arange(2 * 3 * 4 * 5, ScalarType.Float32).reshape(2, 3, 4, 5);

        var copy = ChannelsLast.Of(dense);

        Assert.Equal([60L, 1, 15, 3], copy.stride());
        Assert.True(ChannelsLast.Is(copy));
        Assert.False(ChannelsLast.Is(dense));
        Assert.Equal(dense.data<float>().ToArray(), copy.data<float>().ToArray());
    }

    [Fact]
    public void A_channels_last_model_keeps_its_fingerprint_and_pytorchs_layer4()
    {
        using var scope = NewDisposeScope();
        using var model = ResNetCheckpoint.Load(Fixture.ZipCheckpoint);
        var fingerprint = ModelFingerprint.Of(model, ProbedLayer.Layer4);
        var (shape, values) = Npy.Read(Fixture.Path("input_a.npy"));
        var input = ChannelsLast.Of(tensor(values.Select(v => (float)v).ToArray(), shape));

        model.UseChannelsLast();
        var layer4 = model.Features(input, ProbedLayer.Layer4);

        Assert.All(model.parameters().Where(p => p.dim() == 4), weight => Assert.True(ChannelsLast.Is(weight)));
        Assert.Equal(fingerprint, ModelFingerprint.Of(model, ProbedLayer.Layer4));
        Assert.True(ChannelsLast.Is(layer4), "libtorch ran the channels-last kernels");
        var expected = Npy.ReadFloats(Fixture.Path("layer4.npy")).AsSpan(0, 32 * 49).ToArray();
        var found = layer4.contiguous().data<float>().ToArray();
        Assert.All(Enumerable.Range(0, found.Length), i => Assert.True(Math.Abs(expected[i] - found[i]) <= 1e-4f, $"element {i}: expected {expected[i]}, found {found[i]}"));
    }
}
