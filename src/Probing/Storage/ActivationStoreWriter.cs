using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// Fills an activation store batch by batch, resumably. The file is preallocated at its final
/// neuron-major layout under <c>&lt;path&gt;.partial</c>; each batch scatters its <c>B×h×w</c>
/// values into every neuron's range (one write per neuron), is flushed to disk, and only then
/// does the header's completed-image count advance. A crash therefore loses at most the batch in
/// flight, and resuming overwrites it. When all images are in, the file is renamed to
/// <c>&lt;path&gt;</c>, so a store under its final name is always complete. Writing in place
/// avoids an image-major copy and a transpose pass over the whole (2.2 GB for Broden) file.
/// </summary>
public sealed class ActivationStoreWriter : IDisposable
{
    private readonly FileStream _file;
    private readonly string _path;
    private ActivationStoreHeader _header;

    private ActivationStoreWriter(FileStream file, string path, ActivationStoreHeader header)
    {
        _file = file;
        _path = path;
        _header = header;
    }

    public int CompletedImages => _header.CompletedImages;

    public static string PartialPath(string path) => path + ".partial";

    /// <summary>Creates <c>&lt;path&gt;.partial</c>, or reopens it to resume when it was made for the same identity and shape.</summary>
    public static ActivationStoreWriter OpenOrCreate(string path, ActivationStoreIdentity identity, int units, int images, GridShape grid)
    {
        var partial = PartialPath(path);
        var expected = new ActivationStoreHeader(units, images, grid, 0, identity);
        if (File.Exists(partial))
        {
            var (file, found) = PartialStoreFile.Open(partial, expected, FileShare.None);
            return new ActivationStoreWriter(file, path, found);
        }
        return new ActivationStoreWriter(PartialStoreFile.Create(partial, expected), path, expected);
    }

    /// <summary>
    /// Writes images <paramref name="firstImage"/>.. from <paramref name="batch"/>, laid out as the
    /// model emits it: <c>[images, units, h×w]</c>; then makes them durable and records them as done.
    /// </summary>
    public void WriteBatch(int firstImage, ReadOnlySpan<float> batch)
    {
        if (firstImage != _header.CompletedImages)
        {
            throw new ArgumentException($"{_path}: batch at image {firstImage} does not continue the {_header.CompletedImages} stored images");
        }
        var count = NeuronScatter.Write(_file.SafeFileHandle, _path, _header, firstImage, batch);
        _file.Flush(flushToDisk: true);
        _header = _header with { CompletedImages = firstImage + count };
        _header.Write(_file.SafeFileHandle);
        _file.Flush(flushToDisk: true);
    }

    /// <summary>Renames the finished file to its final name; fails if images are missing.</summary>
    public void Complete()
    {
        if (_header.CompletedImages != _header.Images)
        {
            throw new InvalidOperationException($"{_path}: only {_header.CompletedImages} of {_header.Images} images are stored");
        }
        _file.Dispose();
        File.Move(PartialPath(_path), _path, overwrite: false);
    }

    public void Dispose() => _file.Dispose();
}
