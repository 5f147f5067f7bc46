using System.IO.Hashing;
using System.Runtime.InteropServices;
using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// The on-disk form of a label mask bank. Layout, little-endian:
/// magic "NOLMBANK", int32 format version, settings (int32 grid height, grid width, downsampling
/// mode, downsampling threshold, expansions 0/1, expansion threshold), int32 image count,
/// 32-byte dataset fingerprint, int32 label slots, then per slot a presence byte (1 = plain mask,
/// 2 = expanded mask) followed by the present masks' words, and finally the XXH3 64-bit hash of
/// everything after the slot count: it tells a damaged file from a good one (the dataset
/// fingerprint carries identity).
/// </summary>
internal static class MaskBankCacheFile
{
    public const int FormatVersion = 3;

    private const byte HasPlain = 1, HasExpanded = 2;
    private static ReadOnlySpan<byte> Magic => "NOLMBANK"u8;

    /// <summary>Writes to a temporary file beside <paramref name="path"/>, then renames it into place.</summary>
    public static void WriteAtomically(string path, LabelMaskBank bank, MaskBankSettings settings, byte[] fingerprint)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Write(stream, bank, settings, fingerprint);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The bank stored at <paramref name="path"/> if it was made with these settings from this dataset, else why not.</summary>
    public static (LabelMaskBank? Bank, MaskBankCacheOutcome Outcome) Read(
        string path, LabelTable labels, MaskBankSettings settings, byte[] fingerprint)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var reader = new BinaryReader(stream);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
                return (null, MaskBankCacheOutcome.RebuiltUnreadable);
            if (ReadSettings(reader) != settings) return (null, MaskBankCacheOutcome.RebuiltSettingsChanged);
            int imageCount = reader.ReadInt32();
            if (!reader.ReadBytes(DatasetFingerprint.Length).AsSpan().SequenceEqual(fingerprint))
                return (null, MaskBankCacheOutcome.RebuiltDatasetChanged);
            int slots = reader.ReadInt32();
            if (slots != labels.MaxNumber + 1 || imageCount < 0) return (null, MaskBankCacheOutcome.RebuiltUnreadable);

            int words = imageCount * settings.Grid.WordsPerImage;
            var plain = new ulong[]?[slots];
            var expanded = new ulong[]?[slots];
            var checksum = new XxHash3();
            for (int label = 0; label < slots; label++)
            {
                byte presence = reader.ReadByte();
                checksum.Append([presence]);
                if ((presence & HasPlain) != 0) plain[label] = ReadMask(stream, words, checksum);
                if ((presence & HasExpanded) != 0) expanded[label] = ReadMask(stream, words, checksum);
            }
            if (reader.ReadUInt64() != checksum.GetCurrentHashAsUInt64() || stream.Position != stream.Length)
                return (null, MaskBankCacheOutcome.RebuiltUnreadable);
            return (new LabelMaskBank(labels, settings.Grid, imageCount, plain, expanded), MaskBankCacheOutcome.Loaded);
        }
        catch (EndOfStreamException)
        {
            return (null, MaskBankCacheOutcome.RebuiltUnreadable);
        }
    }

    private static void Write(Stream stream, LabelMaskBank bank, MaskBankSettings settings, byte[] fingerprint)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        WriteSettings(writer, settings);
        writer.Write(bank.ImageCount);
        writer.Write(fingerprint);
        int slots = bank.Labels.MaxNumber + 1;
        writer.Write(slots);
        var checksum = new XxHash3();
        for (int label = 0; label < slots; label++)
        {
            var plain = bank.Plain(label);
            var expanded = bank.Expanded(label);
            byte presence = (byte)((plain is null ? 0 : HasPlain) | (expanded is null ? 0 : HasExpanded));
            writer.Write(presence);
            checksum.Append([presence]);
            foreach (var mask in new[] { plain, expanded })
                if (mask is not null)
                {
                    writer.Write(MemoryMarshal.AsBytes(mask.AsSpan()));
                    checksum.Append(MemoryMarshal.AsBytes(mask.AsSpan()));
                }
        }
        writer.Write(checksum.GetCurrentHashAsUInt64());
    }

    private static ulong[] ReadMask(Stream stream, int words, XxHash3 checksum)
    {
        var mask = new ulong[words];
        stream.ReadExactly(MemoryMarshal.AsBytes(mask.AsSpan()));
        checksum.Append(MemoryMarshal.AsBytes(mask.AsSpan()));
        return mask;
    }

    private static void WriteSettings(BinaryWriter writer, MaskBankSettings settings)
    {
        writer.Write(settings.Grid.Height);
        writer.Write(settings.Grid.Width);
        writer.Write((int)settings.Downsampling);
        writer.Write(settings.DownsamplingThreshold);
        writer.Write(settings.Expansions ? 1 : 0);
        writer.Write(settings.ExpansionThreshold);
    }

    private static MaskBankSettings ReadSettings(BinaryReader reader) => new()
    {
        Grid = new GridShape(reader.ReadInt32(), reader.ReadInt32()),
        Downsampling = (DownsamplingMode)reader.ReadInt32(),
        DownsamplingThreshold = reader.ReadInt32(),
        Expansions = reader.ReadInt32() != 0,
        ExpansionThreshold = reader.ReadInt32(),
    };
}
