using NeuronOrleans.Probing.Checkpoints.Pickle;

namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>
/// The weights inside a pickled <c>torch.nn.Module</c>, without running any of its code: a module's
/// pickled <c>__dict__</c> holds its <c>_parameters</c> and <c>_buffers</c> by name and its child
/// modules in <c>_modules</c>, so walking them gives the names <c>model.state_dict()</c> would.
/// </summary>
internal static class PickledModule
{
    /// <summary>The module's tensors by dotted name; empty when the object is not a module.</summary>
    public static Dictionary<object, object?> StateDict(PickleObject module)
    {
        var tensors = new Dictionary<object, object?>();
        Collect(module, "", tensors);
        return tensors;
    }

    private static void Collect(PickleObject module, string prefix, Dictionary<object, object?> tensors)
    {
        if (module.State is not Dictionary<object, object?> attributes) return;
        // Buffers registered with persistent=False are not part of a state dict.
        var transient = attributes.GetValueOrDefault("_non_persistent_buffers_set") as List<object?> ?? [];
        foreach (var group in new[] { "_parameters", "_buffers" })
            if (attributes.GetValueOrDefault(group) is Dictionary<object, object?> named)
                foreach (var (name, value) in named)
                    if (value is TensorReference tensor && !transient.Contains(name)) tensors[prefix + name] = tensor; // an absent bias is None
        if (attributes.GetValueOrDefault("_modules") is Dictionary<object, object?> children)
            foreach (var (name, child) in children)
                if (child is PickleObject submodule) Collect(submodule, $"{prefix}{name}.", tensors);
    }
}
