namespace NeuronOrleans.Probing.Models;

/// <summary>torchvision's residual block types: two 3×3 convolutions, or 1×1-3×3-1×1 with expansion 4.</summary>
public enum BlockKind
{
    Basic,
    Bottleneck,
}
