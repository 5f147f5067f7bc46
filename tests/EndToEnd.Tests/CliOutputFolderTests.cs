using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.TestSupport;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>
/// Output folders carry the original's names, where ImRoU and ImRoUn runs share a name: neuron
/// ranges of the same settings share the folder, a run of other settings is refused before any work.
/// </summary>
public sealed class CliOutputFolderTests(SweepData data) : IClassFixture<SweepData>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Ranges_of_the_same_settings_share_the_folder_and_other_settings_are_refused()
    {
        var outRoot = Path.Combine(data.Root, "shared-folder-out");
        var folder = Path.Combine(outRoot, "FL2_imrou75_X3_standard");

        var first = await Run(outRoot, "imroun", "0-1");
        var second = await Run(outRoot, "imroun", "2-3");
        Assert.True(first.ExitCode == 0, first.AllOutput);
        Assert.True(second.ExitCode == 0, second.AllOutput);
        Assert.True(File.Exists(Path.Combine(folder, "results_0_1.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "results_2_3.csv")));

        var other = await Run(outRoot, "imrou", "4-5");
        Assert.Equal(2, other.ExitCode);
        Assert.StartsWith($"error: {folder} holds results of other settings", other.Error);
        Assert.Contains("Search.Score \"imroun\" there, \"imrou\" here", other.Error);
        Assert.False(File.Exists(Path.Combine(folder, "results_4_5.csv")));
    }

    private Task<ProcessResult> Run(string outRoot, string score, string neurons) =>
        Cli.Run(data.Root, Timeout, "run", "--broden", data.BrodenFolder, "--activations", data.ActivationsFile,
            "--max-length", "2", "--operators", "standard", "--score", score, "--neurons", neurons, "--no-html", "--out", outRoot);
}
