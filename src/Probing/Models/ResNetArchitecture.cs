using NeuronOrleans.Probing.Checkpoints;

namespace NeuronOrleans.Probing.Models;

/// <summary>
/// The shape of a torchvision-layout ResNet: block type, blocks per stage, stem width, stage
/// widths (planes before expansion) and class count. Read from a checkpoint or taken from a preset.
/// </summary>
public sealed record ResNetArchitecture(BlockKind Block, IReadOnlyList<int> Blocks, int StemWidth, IReadOnlyList<int> Widths, int Classes)
{
    public static ResNetArchitecture ResNet18(int classes = 365) => new(BlockKind.Basic, [2, 2, 2, 2], 64, [64, 128, 256, 512], classes);

    public static ResNetArchitecture ResNet34(int classes = 365) => new(BlockKind.Basic, [3, 4, 6, 3], 64, [64, 128, 256, 512], classes);

    public static ResNetArchitecture ResNet50(int classes = 365) => new(BlockKind.Bottleneck, [3, 4, 6, 3], 64, [64, 128, 256, 512], classes);

    public int Expansion => Block == BlockKind.Basic ? 1 : 4;

    /// <summary>Channels ("neurons") at the output of <paramref name="layer"/>.</summary>
    public int Channels(ProbedLayer layer) => Widths[(int)layer - 1] * Expansion;

    /// <summary>e.g. <c>resnet18</c>, or <c>resnet18[4,8,16,32]</c> for non-standard widths; used in messages and fingerprints.</summary>
    public string Name
    {
        get
        {
            var depth = 2 + Blocks.Sum() * (Block == BlockKind.Basic ? 2 : 3);
            var standard = StemWidth == 64 && Widths.SequenceEqual([64, 128, 256, 512]);
            return standard ? $"resnet{depth}" : $"resnet{depth}[{string.Join(",", Widths)}]";
        }
    }

    public override string ToString() => $"{Name} ({Classes} classes)";

    // Records compare lists by reference; architectures are equal when their numbers are.
    public bool Equals(ResNetArchitecture? other) =>
        other is not null && Block == other.Block && StemWidth == other.StemWidth && Classes == other.Classes
        && Blocks.SequenceEqual(other.Blocks) && Widths.SequenceEqual(other.Widths);

    public override int GetHashCode() => HashCode.Combine(Block, StemWidth, Classes, Name);

    /// <summary>Infers the architecture from torchvision parameter names and shapes.</summary>
    public static ResNetArchitecture FromStateDict(IReadOnlyDictionary<string, CheckpointTensor> tensors, string source)
    {
        CheckpointTensor Require(string name) => tensors.TryGetValue(name, out var t) ? t
            : throw new CheckpointException($"{source}: not a torchvision ResNet state dict: '{name}' is missing");

        var block = tensors.ContainsKey("layer1.0.conv3.weight") ? BlockKind.Bottleneck : BlockKind.Basic;
        var blocks = new int[4];
        var widths = new int[4];
        for (var stage = 1; stage <= 4; stage++)
        {
            widths[stage - 1] = (int)Require($"layer{stage}.0.conv1.weight").Shape[0];
            while (tensors.ContainsKey($"layer{stage}.{blocks[stage - 1]}.conv1.weight"))
            {
                blocks[stage - 1]++;
            }
        }
        return new ResNetArchitecture(block, blocks, (int)Require("conv1.weight").Shape[0], widths, (int)Require("fc.weight").Shape[0]);
    }
}
