using NeuronOrleans.Probing.Extraction;

namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// Writes shards into the shared <c>&lt;store&gt;.partial</c> of a <see cref="ShardedActivationStore"/>.
/// Other processes may write other shards into the same file at the same time: each writes only
/// its own images' byte ranges, and nobody touches the header until the store is finished.
/// </summary>
public sealed class ShardWriter : IDisposable
{
    private readonly FileStream _file;
    private readonly string _storePath;
    private readonly ActivationStoreHeader _header;

    internal ShardWriter(FileStream file, string storePath, ActivationStoreHeader header)
    {
        _file = file;
        _storePath = storePath;
        _header = header;
    }

    /// <summary>
    /// Writes images <paramref name="firstImage"/>.. from <paramref name="batch"/>, laid out as the
    /// model emits it: <c>[images, units, h×w]</c>. Durable only once the shard is completed.
    /// </summary>
    public void WriteBatch(int firstImage, ReadOnlySpan<float> batch) =>
        NeuronScatter.Write(_file.SafeFileHandle, _file.Name, _header, firstImage, batch);

    /// <summary>
    /// Flushes the shard's images to disk, then marks it done. A crash before the marker costs
    /// only this shard: it does not count as done and is redone.
    /// </summary>
    public void CompleteShard(ProbeShard shard)
    {
        if (!shard.Fits(_header.Images))
        {
            throw new ArgumentOutOfRangeException(nameof(shard), shard, $"{_file.Name}: the store has images 0..{_header.Images - 1}");
        }
        _file.Flush(flushToDisk: true);
        ShardMarkers.Create(_storePath, shard);
    }

    public void Dispose() => _file.Dispose();
}
