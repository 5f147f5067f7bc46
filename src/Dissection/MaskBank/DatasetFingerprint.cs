using System.Security.Cryptography;
using System.Text;
using NeuronOrleans.Dissection.Broden;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// Identifies a dataset's content for the mask bank cache: SHA-256 over the name, length and bytes
/// of every description file (index, label.csv, category.csv, c_ files), then the path and size of
/// every label map the index lists.
/// </summary>
/// <remarks>
/// Label maps are not hashed byte by byte: that would cost about as much as a rebuild. A map
/// replaced by one of exactly the same size goes unnoticed; any listed map added, removed, renamed
/// or resized changes the fingerprint.
/// </remarks>
public static class DatasetFingerprint
{
    public const int Length = 32;

    public static byte[] Compute(BrodenDataset dataset)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in dataset.DescriptionFiles)
        {
            var bytes = File.ReadAllBytes(file);
            AppendText(hash, Path.GetFileName(file));
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
        foreach (var image in dataset.Images)
            foreach (var map in image.LabelMaps)
            {
                var info = new FileInfo(dataset.LabelMapPath(map));
                AppendText(hash, map);
                hash.AppendData(BitConverter.GetBytes(info.Exists ? info.Length : -1L));
            }
        return hash.GetHashAndReset();
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
