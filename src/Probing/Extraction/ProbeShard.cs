namespace NeuronOrleans.Probing.Extraction;

/// <summary>
/// A contiguous range of probe images that one process extracts into a shared store (see
/// <see cref="Storage.ShardedActivationStore"/>); a shard lost to a crash is redone alone.
/// </summary>
public readonly record struct ProbeShard(int Index, int FirstImage, int ImageCount)
{
    public int EndImage => FirstImage + ImageCount;

    /// <summary>Whether the shard is a non-empty range within <paramref name="images"/> images.</summary>
    public bool Fits(int images) => FirstImage >= 0 && ImageCount >= 1 && EndImage <= images;

    /// <summary>
    /// Splits <paramref name="images"/> into consecutive shards of <paramref name="shardImages"/>
    /// (the last one shorter). Make <paramref name="shardImages"/> a multiple of the extraction
    /// batch size: then every forward batch holds the same images as in a one-process extraction,
    /// and the store is bit-identical to one; convolution kernels may pick another algorithm for
    /// another batch size and round differently.
    /// </summary>
    public static IReadOnlyList<ProbeShard> Plan(int images, int shardImages)
    {
        if (images < 1 || shardImages < 1)
        {
            throw new ArgumentException($"shard plan: images ({images}) and images per shard ({shardImages}) must be at least 1");
        }
        return Enumerable.Range(0, (images + shardImages - 1) / shardImages)
            .Select(index => new ProbeShard(index, index * shardImages, Math.Min(shardImages, images - index * shardImages)))
            .ToList();
    }
}
