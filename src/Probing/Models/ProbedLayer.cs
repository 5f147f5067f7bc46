namespace NeuronOrleans.Probing.Models;

/// <summary>The residual stage whose output is probed; its torchvision name is <c>layer1</c>…<c>layer4</c>.</summary>
public enum ProbedLayer
{
    Layer1 = 1,
    Layer2 = 2,
    Layer3 = 3,
    Layer4 = 4,
}
