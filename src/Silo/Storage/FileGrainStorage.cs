using System.Security.Cryptography;
using Orleans.Serialization;
using Orleans.Storage;

namespace NeuronOrleans.Silo.Storage;

/// <summary>
/// Grain state as one file per grain in a local folder: the embedded default, which survives
/// process restarts. Writes go to a temporary file that is renamed into place, so a crash never
/// leaves half a state; the ETag is a hash of the stored bytes, so two writers cannot silently
/// overwrite each other.
/// </summary>
public sealed class FileGrainStorage(string name, FileGrainStorageOptions options, Serializer serializer) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        if (!File.Exists(path))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        var bytes = await File.ReadAllBytesAsync(path);
        try
        {
            grainState.State = serializer.Deserialize<T>(bytes);
        }
        catch (Exception error)
        {
            throw new InvalidDataException($"Grain storage '{name}': cannot read the state of {grainId} from {path}.", error);
        }
        grainState.ETag = ETagOf(bytes);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        CheckETag(path, grainId, grainState.ETag);
        var bytes = serializer.SerializeToArray(grainState.State);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        grainState.ETag = ETagOf(bytes);
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        CheckETag(path, grainId, grainState.ETag);
        File.Delete(path);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private void CheckETag(string path, GrainId grainId, string? expected)
    {
        string? stored = File.Exists(path) ? ETagOf(File.ReadAllBytes(path)) : null;
        if (stored != expected)
            throw new InconsistentStateException($"Grain storage '{name}': the state of {grainId} in {path} changed since it was read.", stored ?? "none", expected ?? "none");
    }

    private string PathOf(string stateName, GrainId grainId) => Path.Combine(
        options.Folder, Uri.EscapeDataString(grainId.Type.ToString()!), $"{Uri.EscapeDataString(grainId.Key.ToString()!)}.{Uri.EscapeDataString(stateName)}");

    private static string ETagOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes), 0, 12);
}
