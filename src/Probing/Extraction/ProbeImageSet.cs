using System.Security.Cryptography;
using System.Text;
using NeuronOrleans.Probing.Preprocessing;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>The ordered probe images (image index = position), as paths relative to <see cref="Root"/>.</summary>
public sealed class ProbeImageSet(string root, IReadOnlyList<string> relativePaths)
{
    public string Root { get; } = root;

    public IReadOnlyList<string> RelativePaths { get; } = relativePaths;

    public int Count => RelativePaths.Count;

    public string FullPath(int image) => Path.Combine(Root, RelativePaths[image]);

    /// <summary>
    /// SHA-256 over the relative paths and file sizes, in order. Content hashing would read the
    /// whole dataset before the first batch; paths and sizes catch a different or reordered set.
    /// </summary>
    public byte[] Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < Count; i++)
        {
            var info = new FileInfo(FullPath(i));
            if (!info.Exists)
            {
                throw new ProbeImageException($"{info.FullName}: probe image {i} does not exist");
            }
            hash.AppendData(Encoding.UTF8.GetBytes($"{RelativePaths[i].Replace('\\', '/')}\n{info.Length}\n"));
        }
        return hash.GetHashAndReset();
    }
}
