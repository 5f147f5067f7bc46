using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NeuronOrleans.Probing.Models;

/// <summary>
/// A ResNet with torchvision's module layout and parameter names, so that torchvision
/// checkpoints load by name. Input contract: float32 <c>[N, 3, H, W]</c>, RGB channel order,
/// normalised as the checkpoint was trained (see <see cref="Preprocessing.Normalization"/>),
/// H and W at least 32; at 224×224 <c>layer4</c> is 7×7. Build it with
/// <see cref="ResNetFactory"/> or load it with <see cref="ResNetCheckpoint"/>.
/// </summary>
public sealed class ResNet : Module<Tensor, Tensor>
{
    // Field names are the checkpoint keys: TorchSharp registers components by field name.
    private readonly Conv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly MaxPool2d maxpool;
    private readonly Sequential layer1;
    private readonly Sequential layer2;
    private readonly Sequential layer3;
    private readonly Sequential layer4;
    private readonly AdaptiveAvgPool2d avgpool;
    private readonly Linear fc;

    internal ResNet(ResNetArchitecture architecture) : base(architecture.Name)
    {
        Architecture = architecture;
        conv1 = Conv2d(3, architecture.StemWidth, kernel_size: 7, stride: 2, padding: 3, bias: false);
        bn1 = BatchNorm2d(architecture.StemWidth);
        maxpool = MaxPool2d(kernel_size: 3, stride: 2, padding: 1);
        long inPlanes = architecture.StemWidth;
        layer1 = MakeLayer(architecture, 0, stride: 1, ref inPlanes);
        layer2 = MakeLayer(architecture, 1, stride: 2, ref inPlanes);
        layer3 = MakeLayer(architecture, 2, stride: 2, ref inPlanes);
        layer4 = MakeLayer(architecture, 3, stride: 2, ref inPlanes);
        avgpool = AdaptiveAvgPool2d(1);
        fc = Linear(inPlanes, architecture.Classes);
        RegisterComponents();
    }

    public ResNetArchitecture Architecture { get; }

    /// <summary>Logits <c>[N, classes]</c>.</summary>
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var features = Features(x, ProbedLayer.Layer4);
        return fc.forward(avgpool.forward(features).flatten(1)).MoveToOuterDisposeScope();
    }

    /// <summary>The output of <paramref name="layer"/> (post-ReLU output of its last block), <c>[N, C, h, w]</c>.</summary>
    public Tensor Features(Tensor x, ProbedLayer layer)
    {
        using var scope = NewDisposeScope();
        var y = maxpool.forward(functional.relu(bn1.forward(conv1.forward(x))));
        foreach (var stage in new[] { layer1, layer2, layer3, layer4 }.Take((int)layer))
        {
            y = stage.forward(y);
        }
        return y.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Stores every convolution weight channels-last, as PyTorch's <c>module.to(memory_format=torch.channels_last)</c>.
    /// Fed channels-last inputs, libtorch's CPU convolutions then run about 1.5× faster than in the
    /// default layout; the values stay the same, so fingerprints and checkpoints do not change.
    /// </summary>
    public void UseChannelsLast()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        foreach (var (_, weight) in named_parameters())
        {
            if (weight.dim() == 4 && !ChannelsLast.Is(weight))
            {
                weight.set_(ChannelsLast.Of(weight));
            }
        }
    }

    /// <summary>The spatial size of <paramref name="layer"/>'s output for an input of the given size (7×7 for layer4 at 224×224).</summary>
    public static (int Height, int Width) FeatureSize(ProbedLayer layer, int height, int width)
    {
        // conv1 (7×7, stride 2, pad 3), maxpool (3×3, stride 2, pad 1), then stride 2 in layer2..4.
        static int Halve(int size, int kernel, int padding) => (size + 2 * padding - kernel) / 2 + 1;
        int Size(int size)
        {
            size = Halve(Halve(size, 7, 3), 3, 1);
            for (var stage = 2; stage <= (int)layer; stage++)
            {
                size = Halve(size, 3, 1);
            }
            return size;
        }
        return (Size(height), Size(width));
    }

    private static Sequential MakeLayer(ResNetArchitecture architecture, int stage, long stride, ref long inPlanes)
    {
        long planes = architecture.Widths[stage];
        var outPlanes = planes * architecture.Expansion;
        var blocks = new List<Module<Tensor, Tensor>>();
        for (var i = 0; i < architecture.Blocks[stage]; i++)
        {
            var blockStride = i == 0 ? stride : 1;
            var downsample = blockStride != 1 || inPlanes != outPlanes
                ? Sequential(Conv2d(inPlanes, outPlanes, kernel_size: 1, stride: blockStride, bias: false), BatchNorm2d(outPlanes))
                : null;
            blocks.Add(architecture.Block == BlockKind.Basic
                ? new BasicBlock(inPlanes, planes, blockStride, downsample)
                : new Bottleneck(inPlanes, planes, blockStride, downsample));
            inPlanes = outPlanes;
        }
        return Sequential(blocks);
    }
}
