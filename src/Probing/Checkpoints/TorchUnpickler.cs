using NeuronOrleans.Probing.Checkpoints.Pickle;

namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>
/// Interprets the torch-specific parts of a checkpoint pickle: storages as persistent ids and
/// tensors rebuilt by <c>torch._utils._rebuild_tensor</c> (v1, PyTorch 0.2) or <c>_rebuild_tensor_v2</c>.
/// Tensors come back as <see cref="TensorReference"/>s; their bytes are read by the format reader.
/// </summary>
internal static class TorchUnpickler
{
    /// <summary>Reads one pickle; <c>Storages</c> maps every storage key it references to its element type.</summary>
    public static (object? Value, int End, IReadOnlyDictionary<string, StorageElement> Storages) Read(byte[] data, int offset, string source)
    {
        var storages = new Dictionary<string, StorageElement>();
        var reader = new PickleReader(
            source,
            (type, args) => Construct(type, args, source),
            pid =>
            {
                // The legacy format pickles a module's class as ('module', class, file, source); the class is enough.
                if (pid is object?[] { Length: > 1 } id && id[0] is "module") return id[1];
                var storage = LoadStorage(pid, source);
                storages[storage.Key] = storage.Element;
                return storage;
            });
        var (value, end) = reader.Read(data, offset);
        return (value, end, storages);
    }

    private static object? Construct(PickleGlobal type, object?[] args, string source) => type.ToString() switch
    {
        "collections.OrderedDict" => OrderedDict(args),
        "torch._utils._rebuild_tensor" or "torch._utils._rebuild_tensor_v2" => RebuildTensor(args, source),
        "torch._utils._rebuild_parameter" or "torch._utils._rebuild_parameter_with_state" => args[0],
        "torch.Size" => args[0],
        _ => new PickleObject(type, args),
    };

    private static Dictionary<object, object?> OrderedDict(object?[] args)
    {
        var dict = new Dictionary<object, object?>();
        if (args.Length > 0 && args[0] is List<object?> pairs)
        {
            foreach (var pair in pairs.Cast<object?[]>())
            {
                dict[pair[0]!] = pair[1];
            }
        }
        return dict;
    }

    private static TensorReference RebuildTensor(object?[] args, string source)
    {
        if (args.Length < 4 || args[0] is not StorageReference storage)
        {
            throw new CheckpointException($"{source}: a tensor is rebuilt from {args.ElementAtOrDefault(0)?.GetType().Name ?? "nothing"} instead of a storage");
        }
        return new TensorReference(storage, Convert.ToInt64(args[1]), Longs(args[2]), Longs(args[3]));
    }

    private static long[] Longs(object? tuple) => ((object?[])tuple!).Select(Convert.ToInt64).ToArray();

    private static StorageReference LoadStorage(object? pid, string source)
    {
        if (pid is not object?[] { Length: >= 5 } id || id[0] is not "storage" || id[1] is not PickleGlobal type)
        {
            throw new CheckpointException($"{source}: unsupported persistent id {Describe(pid)}; expected ('storage', type, key, location, size)");
        }
        var element = StorageElement.FromStorageClass(type.Name)
            ?? throw new CheckpointException($"{source}: storage type {type} is not supported");
        var key = Convert.ToString(id[2], System.Globalization.CultureInfo.InvariantCulture)!;
        var count = Convert.ToInt64(id[4]);
        // Legacy views: (view_key, offset, view_size) into the root storage `key`.
        var offset = id.Length > 5 && id[5] is object?[] { Length: 3 } view ? Convert.ToInt64(view[1]) : 0;
        return new StorageReference(key, element, count, offset);
    }

    private static string Describe(object? value) => value switch
    {
        object?[] tuple => "(" + string.Join(", ", tuple.Select(Describe)) + ")",
        null => "None",
        _ => value.ToString() ?? "?",
    };
}
