using NeuronOrleans.Probing.Storage;

namespace NeuronOrleans.Probing.Import;

/// <summary>
/// Turns image-major activations (a numpy export, <c>[images, units, h, w]</c>) into a neuron-major
/// store, once: in the export one neuron's slice is one small piece per image (22,210 reads of 196
/// bytes at full size), in the store it is one contiguous read. The import reads the export
/// sequentially in blocks of images and resumes after an interruption.
/// </summary>
public static class NeuronMajorImport
{
    /// <summary>Images read per block: about 50 MB for 512 units at 7×7.</summary>
    public const int ImagesPerBlock = 512;

    /// <summary>Makes <paramref name="storePath"/> from <paramref name="npyPath"/> unless it exists; returns the store's path.</summary>
    public static string Import(string npyPath, string storePath, ActivationStoreIdentity identity, CancellationToken cancellation = default)
    {
        if (File.Exists(storePath)) return storePath;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(storePath))!);
        using var source = StridedActivationFile.OpenNpy(npyPath);
        using var writer = ActivationStoreWriter.OpenOrCreate(storePath, identity, source.Units, source.Images, source.Grid);
        var block = new float[ImagesPerBlock * source.Units * source.Grid.Cells];
        for (int first = writer.CompletedImages; first < source.Images;)
        {
            cancellation.ThrowIfCancellationRequested();
            int count = source.ReadImages(first, block);
            writer.WriteBatch(first, block.AsSpan(0, count * source.Units * source.Grid.Cells));
            first += count;
        }
        writer.Complete();
        return storePath;
    }
}
