using System.IO.Hashing;

namespace NeuronOrleans.Coordinator.Inputs;

/// <summary>
/// A fingerprint of files' contents (XXH128, fast enough to read a full-size activation file at
/// disk speed), so that a file replaced under the same name is another sweep, not a resumed one.
/// </summary>
public static class ContentFingerprint
{
    public static string Of(IEnumerable<string> files)
    {
        var hash = new XxHash128();
        foreach (var file in files)
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            hash.Append(stream);
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The dataset's tables (index, labels, categories), in name order.</summary>
    public static string OfDataset(string folder) =>
        Of(Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal));
}
