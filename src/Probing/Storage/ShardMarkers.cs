using System.Text;
using NeuronOrleans.Probing.Extraction;

namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// The done-markers of a sharded extraction, <c>&lt;store&gt;.shards/&lt;index&gt;.done</c>. Each holds
/// its shard's image range and counts only for that range, so a marker left by a plan with
/// other shard sizes never passes another shard for done.
/// </summary>
internal static class ShardMarkers
{
    public static bool Exists(string storePath, ProbeShard shard)
    {
        try
        {
            return File.ReadAllText(MarkerPath(storePath, shard)) == Content(shard);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Writes the marker under a temporary name and renames it, so that no one sees it half-written.</summary>
    public static void Create(string storePath, ProbeShard shard)
    {
        Directory.CreateDirectory(Folder(storePath));
        var marker = MarkerPath(storePath, shard);
        var temporary = $"{marker}.{Guid.NewGuid():N}.tmp";
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            file.Write(Encoding.UTF8.GetBytes(Content(shard)));
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, marker, overwrite: true);
    }

    public static void DeleteAll(string storePath)
    {
        var folder = Folder(storePath);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException) when (!Directory.Exists(folder))
        {
            // Absent, or removed by a concurrent finisher.
        }
    }

    private static string Folder(string storePath) => storePath + ".shards";

    private static string MarkerPath(string storePath, ProbeShard shard) => Path.Combine(Folder(storePath), $"{shard.Index}.done");

    private static string Content(ProbeShard shard) => $"images {shard.FirstImage}..{shard.EndImage - 1}\n";
}
