using System.Text.RegularExpressions;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.Grains;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>
/// Probing runs in the cluster: two silo processes extract the shards of one activation store, one
/// is killed with SIGKILL mid-probing, and the store, thresholds and results equal a one-process run.
/// </summary>
public sealed class DistributedProbingTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);
    private readonly SweepData _data = SweepData.Create(SyntheticBrodenOptions.Tiny with { AdeImageCount = 224, OtherImageCount = 0, Seed = 3 }, units: 1);

    [Fact]
    public async Task Two_silos_probe_one_is_killed_and_the_activations_equal_a_one_process_run()
    {
        var root = _data.Root;
        var embedded = Path.Combine(root, "one-process");
        var reference = await Cli.Run(root, Timeout, ["run", .. Arguments(embedded)]);
        Assert.True(reference.ExitCode == 0, reference.AllOutput);
        Assert.Matches(@"Probing: \d+ images in \d+\.\d s \(\d+\.\d images/s\)\.", reference.Output);

        using var cluster = await AzureTestCluster.StartAsync(Path.Combine(root, "azurite"), silos: 2);
        var clustered = Path.Combine(root, "clustered");
        var sweep = await cluster.SubmitAsync(root, Arguments(clustered), Timeout);

        await AzureTestCluster.WaitFor(sweep, s => s.Phase == SweepPhase.Probing && s.ImagesProbed > 0, Timeout);
        var deadline = DateTime.UtcNow + Timeout;
        IReadOnlyList<SiloWork> shares;
        while ((shares = await sweep.GetSilos()).Count(s => s.ShardsDone > 0) < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(shares.Count(s => s.ShardsDone > 0) == 2, $"Not both silos extracted a shard: {string.Join("; ", shares)}");
        var beforeKill = await sweep.GetStatus();
        Assert.True(beforeKill.Phase == SweepPhase.Probing, "Probing finished before a silo could be killed.");
        cluster.Silo(1).Kill();

        var status = await AzureTestCluster.WaitFor(sweep, s => s.IsOver, Timeout);
        Assert.True(status.Phase == SweepPhase.Completed, $"{status}");
        Assert.True(status.ProbeSeconds > 0, $"{status}");
        Assert.Equal(0, status.Failed);
        // The surviving silo hosts the sweep now and exports its probing progress: complete.
        var metrics = await cluster.Silo(0).GetAsync("/metrics");
        var probed = new Regex($@"^neuronorleans_sweep_probing_progress\{{[^}}]*sweep=""{sweep.GetPrimaryKeyString()}""[^}}]*\}} (\S+)", RegexOptions.Multiline).Match(metrics);
        Assert.True(probed.Success, metrics);
        Assert.Equal("1", probed.Groups[1].Value);
        Assert.True(File.ReadAllBytes(Store(embedded)).AsSpan().SequenceEqual(File.ReadAllBytes(Store(clustered))), "The activation stores differ.");
        foreach (var file in new[] { "results_0_15.csv", "history_0_15.txt" })
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(embedded, "FL2_imrou75_X3_close", file)),
                await File.ReadAllTextAsync(Path.Combine(clustered, "FL2_imrou75_X3_close", file)));
    }

    /// <summary>The demo's random ResNet-18 probed on the test dataset in shards of 32 images.</summary>
    private string[] Arguments(string outRoot) =>
        ["--broden", _data.BrodenFolder, "--shard-images", "32", "--neurons", "0-15", "--max-length", "2", "--no-html", "--out", outRoot];

    private static string Store(string outRoot) => Directory.EnumerateFiles(Path.Combine(outRoot, "activations"), "*.store").Single();

    public void Dispose() => _data.Dispose();
}
