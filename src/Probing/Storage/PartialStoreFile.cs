namespace NeuronOrleans.Probing.Storage;

/// <summary>Creates and reopens an unfinished store file, for the one-process and the sharded writer alike.</summary>
internal static class PartialStoreFile
{
    /// <summary>Creates <paramref name="path"/> preallocated at its final length, with <paramref name="header"/> written and flushed.</summary>
    public static FileStream Create(string path, ActivationStoreHeader header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        try
        {
            file.SetLength(header.FileLength);
            header.Write(file.SafeFileHandle);
            file.Flush(flushToDisk: true);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> and returns its header, refusing a file made for another
    /// identity or shape than <paramref name="expected"/>: resuming must never mix two extractions.
    /// </summary>
    public static (FileStream File, ActivationStoreHeader Found) Open(string path, ActivationStoreHeader expected, FileShare share)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, share, bufferSize: 0);
        try
        {
            var found = ActivationStoreHeader.Read(file.SafeFileHandle, path);
            var problem = expected.Identity.Mismatch(found.Identity)
                ?? (found.Units != expected.Units || found.Images != expected.Images || found.Grid != expected.Grid
                    ? $"it holds {found.Units} units × {found.Images} images at {found.Grid}, not {expected.Units} × {expected.Images} at {expected.Grid}"
                    : null);
            if (problem is not null)
            {
                throw new ActivationStoreException($"{path}: cannot resume this interrupted extraction: {problem}. Delete the file to start over.");
            }
            return (file, found);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
