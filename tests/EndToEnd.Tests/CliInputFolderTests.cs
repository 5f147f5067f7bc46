using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.TestSupport;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>Inputs may live on read-only volumes: a run writes its caches under --out (or --cache), never beside its inputs.</summary>
public sealed class CliInputFolderTests(SweepData data) : IClassFixture<SweepData>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "neuron-orleans-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task A_run_writes_nothing_into_the_dataset_or_activations_folders()
    {
        var before = Snapshot(data.Root); // holds the Broden folder and the activations file
        var result = await Cli.Run(data.Root, TimeSpan.FromMinutes(3), "run", "--broden", data.BrodenFolder,
            "--activations", data.ActivationsFile, "--neurons", "0-1", "--max-length", "2", "--no-html", "--out", _out);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Equal(before, Snapshot(data.Root));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_out, "cache"), "*", SearchOption.AllDirectories));
    }

    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => $"{path} {(File.Exists(path) ? new FileInfo(path).Length : -1)} {File.GetLastWriteTimeUtc(path):O}")];
}
