using NeuronOrleans.Probing.Checkpoints;
using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Models;

/// <summary>Copies checkpoint tensors into a model by name after checking that every name and shape fits.</summary>
internal static class StateDictLoader
{
    // PyTorch 0.2 checkpoints predate this buffer; eval-mode batch norm never reads it.
    private const string OptionalSuffix = "num_batches_tracked";

    public static void Load(ResNet model, IReadOnlyDictionary<string, CheckpointTensor> tensors, string source)
    {
        var targets = model.state_dict();
        var problems = new List<string>();
        foreach (var (name, target) in targets)
        {
            if (!tensors.TryGetValue(name, out var tensor))
            {
                if (!name.EndsWith(OptionalSuffix, StringComparison.Ordinal))
                {
                    problems.Add($"missing '{name}' (expected {Shape(target.shape)})");
                }
            }
            else if (!tensor.Shape.SequenceEqual(target.shape))
            {
                problems.Add($"'{name}': expected {Shape(target.shape)}, found {tensor.ShapeText}");
            }
        }
        problems.AddRange(tensors.Where(t => !targets.ContainsKey(t.Key)).Select(t => $"unexpected '{t.Key}' {t.Value.ShapeText}"));
        if (problems.Count > 0)
        {
            throw new CheckpointException($"{source}: checkpoint does not fit {model.Architecture}: {string.Join("; ", problems)}");
        }

        using var noGrad = no_grad();
        foreach (var (name, target) in targets)
        {
            if (tensors.TryGetValue(name, out var tensor))
            {
                using var values = TorchSharp.torch.tensor(tensor.Values, tensor.Shape);
                target.copy_(values);
            }
        }
    }

    private static string Shape(long[] shape) => $"[{string.Join(", ", shape)}]";
}
