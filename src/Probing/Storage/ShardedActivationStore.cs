using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Probing.Extraction;

namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// One activation store filled by several processes in parallel, each extracting shards (ranges
/// of images, <see cref="ProbeShard"/>) into the shared, preallocated <c>&lt;store&gt;.partial</c>.
/// A shard counts as done only once its images are on disk and its marker exists, so a crashed
/// shard is redone alone. Whoever finds every shard marked writes the final header and renames the
/// file: the result is the store a one-process extraction makes. A shard is to be extracted by
/// one process at a time.
/// </summary>
public static class ShardedActivationStore
{
    /// <summary>Opens <c>&lt;store&gt;.partial</c> for writing shards, creating it when absent; refuses one made for another identity or shape.</summary>
    public static ShardWriter Open(string storePath, ActivationStoreIdentity identity, int units, int images, GridShape grid)
    {
        var partial = ActivationStoreWriter.PartialPath(storePath);
        var expected = new ActivationStoreHeader(units, images, grid, 0, identity);
        if (!File.Exists(partial))
        {
            Create(storePath, partial, expected);
        }
        var (file, _) = PartialStoreFile.Open(partial, expected, FileShare.ReadWrite);
        return new ShardWriter(file, storePath, expected);
    }

    /// <summary>Whether the shard's images are stored for good: it is marked done, or the store is finished.</summary>
    public static bool IsShardDone(string storePath, ProbeShard shard) =>
        // Markers first: a finisher renames the file before it removes them.
        ShardMarkers.Exists(storePath, shard) || File.Exists(storePath);

    /// <summary>
    /// Finishes the store when every shard of <paramref name="shards"/> (the whole plan) is done:
    /// records all images as complete, renames the file to <paramref name="storePath"/> and removes
    /// the markers. True when the store is finished, by this call or another; false while a shard is missing.
    /// </summary>
    public static bool TryFinish(string storePath, IReadOnlyList<ProbeShard> shards)
    {
        if (File.Exists(storePath))
        {
            return true;
        }
        if (!shards.All(shard => ShardMarkers.Exists(storePath, shard)))
        {
            return File.Exists(storePath); // a concurrent finisher may have removed the markers meanwhile
        }
        var partial = ActivationStoreWriter.PartialPath(storePath);
        try
        {
            using (var file = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0))
            {
                var header = ActivationStoreHeader.Read(file.SafeFileHandle, partial);
                var covered = shards.OrderBy(shard => shard.FirstImage).Aggregate(0, (end, shard) => shard.FirstImage == end ? shard.EndImage : int.MinValue);
                if (covered != header.Images)
                {
                    throw new ArgumentException($"{partial}: the shards do not cover its images 0..{header.Images - 1} exactly once", nameof(shards));
                }
                (header with { CompletedImages = header.Images }).Write(file.SafeFileHandle);
                file.Flush(flushToDisk: true);
            }
            File.Move(partial, storePath, overwrite: false);
        }
        catch (IOException) when (File.Exists(storePath))
        {
            // A concurrent finisher renamed the file first.
        }
        ShardMarkers.DeleteAll(storePath);
        return true;
    }

    /// <summary>
    /// Builds the file under a temporary name and renames it without overwriting, so that
    /// processes starting together agree on one file and none sees it half-made.
    /// </summary>
    private static void Create(string storePath, string partial, ActivationStoreHeader header)
    {
        var temporary = $"{partial}.{Guid.NewGuid():N}.tmp";
        PartialStoreFile.Create(temporary, header).Dispose();
        // Markers of an abandoned file would pass its shards for done in the new one. Removed
        // before the new file appears, so that a crash in between leaves none behind.
        ShardMarkers.DeleteAll(storePath);
        try
        {
            File.Move(temporary, partial, overwrite: false);
        }
        catch (IOException) when (File.Exists(partial))
        {
            // Another process created it first; use theirs.
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
