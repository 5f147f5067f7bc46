using System.Buffers.Binary;

namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// What Broden writes as label maps: 8-bit RGB or RGBA PNGs (label = R + 256·G) of the size the index
/// gives. Checked from each file's PNG header, so that a whole dataset is checked in moments, before
/// any work; any other encoding would decode to wrong label numbers without an error.
/// </summary>
public static class LabelMapFiles
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Throws naming the first bad label map (index order) and how many are bad.</summary>
    public static void CheckAll(BrodenDataset dataset)
    {
        string? first = null;
        int bad = 0, total = 0;
        var header = new byte[26];
        foreach (var image in dataset.Images)
            foreach (var map in image.LabelMaps)
            {
                total++;
                var path = dataset.LabelMapPath(map);
                string? problem = File.Exists(path) ? Problem(Read(path, header), path, image.MapHeight, image.MapWidth) : $"Missing label map '{path}'.";
                if (problem is null) continue;
                first ??= problem;
                bad++;
            }
        if (first is not null) throw new BrodenFormatException(bad == 1 ? first : $"{first} ({bad} of {total} label maps have problems.)");
    }

    /// <summary>Why <paramref name="file"/> (at least its first 26 bytes) is not a Broden label map of that size; null when it is one.</summary>
    public static string? Problem(ReadOnlySpan<byte> file, string path, int height, int width)
    {
        if (file.Length < 26 || !file[..8].SequenceEqual(Signature) || !file[12..16].SequenceEqual("IHDR"u8))
            return $"Label map '{path}' is not a PNG file.";
        int bitDepth = file[24], colourType = file[25];
        if (bitDepth != 8 || colourType is not (2 or 6))
            return $"Label map '{path}' is a {bitDepth}-bit {ColourTypeName(colourType)} PNG; Broden label maps are 8-bit RGB or RGBA (label = R + 256·G).";
        int mapWidth = BinaryPrimitives.ReadInt32BigEndian(file[16..20]), mapHeight = BinaryPrimitives.ReadInt32BigEndian(file[20..24]);
        if (mapHeight != height || mapWidth != width)
            return $"Label map '{path}' is {mapHeight}×{mapWidth} (height×width); the index gives {height}×{width}.";
        return null;
    }

    private static ReadOnlySpan<byte> Read(string path, byte[] buffer)
    {
        using var stream = File.OpenRead(path);
        return buffer.AsSpan(0, stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));
    }

    private static string ColourTypeName(int colourType) => colourType switch
    {
        0 => "greyscale",
        2 => "RGB",
        3 => "palette",
        4 => "greyscale+alpha",
        6 => "RGBA",
        _ => $"colour type {colourType}",
    };
}
