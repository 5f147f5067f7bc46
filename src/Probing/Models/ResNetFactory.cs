using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Models;

/// <summary>Creates ResNets: untrained, or with deterministic random weights for demos and tests.</summary>
public static class ResNetFactory
{
    /// <summary>A model in eval mode with TorchSharp's default initialisation.</summary>
    public static ResNet Create(ResNetArchitecture architecture)
    {
        var model = new ResNet(architecture);
        model.eval();
        return model;
    }

    /// <summary>
    /// A model whose weights depend only on <paramref name="seed"/> (System.Random, so identical on
    /// every machine and TorchSharp version): He-uniform convolutions, identity batch norm, uniform
    /// ±1/√fan-in classifier.
    /// </summary>
    public static ResNet CreateRandom(ResNetArchitecture architecture, int seed)
    {
        var model = Create(architecture);
        var random = new Random(seed);
        using var noGrad = no_grad();
        foreach (var (name, target) in model.state_dict())
        {
            var values = new float[target.numel()];
            var bound = name.StartsWith("fc.", StringComparison.Ordinal) ? 1 / Math.Sqrt(model.Architecture.Channels(ProbedLayer.Layer4))
                : target.dim() == 4 ? Math.Sqrt(6.0 / (target.shape[1] * target.shape[2] * target.shape[3]))
                : 0;
            if (bound > 0)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (float)((random.NextDouble() * 2 - 1) * bound);
                }
            }
            else if (name.EndsWith(".weight", StringComparison.Ordinal) || name.EndsWith(".running_var", StringComparison.Ordinal))
            {
                Array.Fill(values, 1f); // batch norm scale and variance; biases and means stay 0
            }
            using var source = tensor(values, target.shape);
            target.copy_(source);
        }
        return model;
    }
}
