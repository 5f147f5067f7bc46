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
            var file = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
            try
            {
                var found = ActivationStoreHeader.Read(file.SafeFileHandle, partial);
                var problem = identity.Mismatch(found.Identity)
                    ?? (found.Units != units || found.Images != images || found.Grid != grid
                        ? $"it holds {found.Units} units × {found.Images} images at {found.Grid}, not {units} × {images} at {grid}"
                        : null);
                if (problem is not null)
                {
                    throw new ActivationStoreException($"{partial}: cannot resume this interrupted extraction: {problem}. Delete the file to start over.");
                }
                return new ActivationStoreWriter(file, path, found);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(partial))!);
        var created = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        created.SetLength(expected.FileLength);
        expected.Write(created.SafeFileHandle);
        created.Flush(flushToDisk: true);
        return new ActivationStoreWriter(created, path, expected);
    }

    /// <summary>
    /// Writes images <paramref name="firstImage"/>.. from <paramref name="batch"/>, laid out as the
    /// model emits it: <c>[images, units, h×w]</c>; then makes them durable and records them as done.
    /// </summary>
    public void WriteBatch(int firstImage, ReadOnlySpan<float> batch)
    {
        var cells = _header.Grid.Cells;
        var count = batch.Length / (_header.Units * cells);
        if (firstImage != _header.CompletedImages || count * _header.Units * cells != batch.Length || firstImage + count > _header.Images)
        {
            throw new ArgumentException($"{_path}: batch of {batch.Length} values at image {firstImage} does not continue the {_header.CompletedImages} stored images");
        }
        var neuron = new float[count * cells];
        for (var unit = 0; unit < _header.Units; unit++)
        {
            for (var image = 0; image < count; image++)
            {
                batch.Slice((image * _header.Units + unit) * cells, cells).CopyTo(neuron.AsSpan(image * cells));
            }
            var offset = _header.NeuronOffset(unit) + (long)firstImage * cells * sizeof(float);
            RandomAccess.Write(_file.SafeFileHandle, System.Runtime.InteropServices.MemoryMarshal.AsBytes(neuron.AsSpan()), offset);
        }
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
