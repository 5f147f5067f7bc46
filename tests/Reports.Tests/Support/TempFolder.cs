namespace NeuronOrleans.Reports.Tests.Support;

/// <summary>A fresh folder under the system temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("neuronorleans-reports-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
