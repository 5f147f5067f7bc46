namespace NeuronOrleans.Silo.Storage;

/// <summary>Where the local-folder grain storage keeps its files.</summary>
public sealed class FileGrainStorageOptions
{
    public string Folder { get; set; } = "";

    public void Validate(string name)
    {
        if (string.IsNullOrWhiteSpace(Folder))
            throw new ArgumentException($"Grain storage '{name}' (local folder) needs a Folder.");
    }
}
