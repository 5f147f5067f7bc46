using NeuronOrleans.Probing.Checkpoints.Pickle;

namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>
/// Reads the state dict of a PyTorch checkpoint in the zip or the legacy torch.save format.
/// Accepts a state dict directly, wrapped as <c>{state_dict: …}</c> (the Places365 layout), or a
/// whole pickled model (<c>torch.save(model)</c>, like Places365's <c>whole_*</c> files), and strips
/// DataParallel's <c>module.</c> prefixes.
/// </summary>
public static class CheckpointReader
{
    private const string ModulePrefix = "module.";

    public static IReadOnlyDictionary<string, CheckpointTensor> ReadStateDict(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckpointException($"{path}: cannot read checkpoint ({e.Message})", e);
        }

        var (root, resolve) = data switch
        {
            [(byte)'P', (byte)'K', 3, 4, ..] => ZipCheckpointFormat.Read(data, path),
            [0x80, ..] => LegacyCheckpointFormat.Read(data, path),
            _ => throw new CheckpointException($"{path}: not a PyTorch checkpoint (neither a zip archive nor a legacy torch.save pickle)"),
        };

        var stateDict = FindStateDict(root, path);
        var tensors = new Dictionary<string, CheckpointTensor>(StringComparer.Ordinal);
        foreach (var (key, value) in stateDict)
        {
            var name = key is string s && s.StartsWith(ModulePrefix, StringComparison.Ordinal) ? s[ModulePrefix.Length..] : key.ToString()!;
            if (value is not TensorReference tensor)
            {
                throw new CheckpointException($"{path}: state dict entry '{key}' is a {value?.GetType().Name ?? "None"}, not a tensor");
            }
            tensors[name] = resolve(tensor, name);
        }
        return tensors;
    }

    private static Dictionary<object, object?> FindStateDict(object? root, string path) => root switch
    {
        Dictionary<object, object?> dict when dict.TryGetValue("state_dict", out var inner) =>
            inner as Dictionary<object, object?> ?? throw new CheckpointException($"{path}: 'state_dict' is not a dictionary"),
        Dictionary<object, object?> dict when dict.Values.Any(v => v is TensorReference) => dict,
        PickleObject module when PickledModule.StateDict(module) is { Count: > 0 } weights => weights,
        PickleObject other => throw new CheckpointException(
            $"{path}: holds a pickled {other.Type} object, not a state dict; save its weights with torch.save(model.state_dict(), path)"),
        _ => throw new CheckpointException($"{path}: holds neither a state dict nor a dictionary with a 'state_dict' entry"),
    };
}
