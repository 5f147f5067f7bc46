using System.IO.Compression;

namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>The zip torch.save format (PyTorch 1.6+): <c>&lt;name&gt;/data.pkl</c> plus one entry per storage, <c>&lt;name&gt;/data/&lt;key&gt;</c>.</summary>
internal static class ZipCheckpointFormat
{
    public static (object? Root, Func<TensorReference, string, CheckpointTensor> Resolve) Read(byte[] data, string source)
    {
        try
        {
            var archive = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            var pickle = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith("/data.pkl", StringComparison.Ordinal))
                ?? throw new CheckpointException($"{source}: zip archive has no '<name>/data.pkl' entry; not a PyTorch checkpoint");
            var prefix = pickle.FullName[..^"data.pkl".Length];
            var (root, _, _) = TorchUnpickler.Read(ReadEntry(pickle), 0, source);
            var storages = new Dictionary<string, float[]>();
            return (root, (tensor, name) =>
            {
                var storage = tensor.Storage;
                if (!storages.TryGetValue(storage.Key, out var values))
                {
                    values = ReadStorage(archive, prefix + "data/" + storage.Key, storage, source);
                    storages[storage.Key] = values;
                }
                return tensor.Materialize(values, source, name);
            });
        }
        catch (InvalidDataException e)
        {
            throw new CheckpointException($"{source}: corrupt or truncated zip checkpoint ({e.Message})", e);
        }
    }

    private static float[] ReadStorage(ZipArchive archive, string entryName, StorageReference storage, string source)
    {
        try
        {
            var entry = archive.GetEntry(entryName)
                ?? throw new CheckpointException($"{source}: storage entry '{entryName}' is missing");
            var bytes = ReadEntry(entry);
            var count = bytes.Length / storage.Element.Size;
            if (count < storage.ElementCount)
            {
                throw new CheckpointException($"{source}: storage entry '{entryName}' holds {count} elements, {storage.ElementCount} expected; the checkpoint is truncated");
            }
            var values = new float[count];
            storage.Element.Decode(bytes.AsSpan(0, count * storage.Element.Size), values);
            return values;
        }
        catch (InvalidDataException e)
        {
            throw new CheckpointException($"{source}: corrupt storage entry '{entryName}' ({e.Message})", e);
        }
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new MemoryStream((int)entry.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
