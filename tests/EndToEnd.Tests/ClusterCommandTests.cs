using NeuronOrleans.EndToEnd.Tests.Support;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary><c>submit</c>, <c>cancel</c>, <c>status</c>, <c>resume</c> and <c>report</c> against a real silo process.</summary>
[Collection(LongSweepCollection.Name)]
public sealed class ClusterCommandTests(LongSweepData sweep)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_sweep_cancelled_on_a_cluster_resumes_to_the_uninterrupted_results()
    {
        var root = sweep.Data.Root;
        using var silo = await SiloProcess.StartLocalAsync(Path.Combine(root, "command-silo"));
        string[] cluster = ["--gateway", $"127.0.0.1:{silo.GatewayPort}"];
        var outRoot = Path.Combine(root, "commands");

        var submitted = await Cli.Run(root, Timeout, ["submit", .. sweep.SweepArguments(outRoot), .. cluster]);
        Assert.True(submitted.ExitCode == 0, submitted.AllOutput);
        string[] sweepId = ["--sweep", submitted.Output.Trim().Split('\n')[^1].Trim()];

        var cancelled = await Cli.Run(root, Timeout, ["cancel", .. sweepId, .. cluster]);
        Assert.True(cancelled.ExitCode == 0, cancelled.AllOutput);
        var status = await Cli.Run(root, Timeout, ["status", .. sweepId, .. cluster]);
        Assert.True(status.ExitCode == 4, status.AllOutput); // not finished
        Assert.Contains(": Cancelled,", status.Output);

        var resumed = await Cli.Run(root, Timeout, ["resume", .. sweepId, .. cluster]);
        Assert.True(resumed.ExitCode == 0, resumed.AllOutput);
        Assert.Contains(": Completed, 24 of 24", resumed.Output);

        File.Delete(Path.Combine(outRoot, sweep.OutputFolder, "results_0_23.csv"));
        var report = await Cli.Run(root, Timeout, ["report", .. sweepId, .. cluster]);
        Assert.True(report.ExitCode == 0, report.AllOutput);
        Assert.Equal(Path.Combine(outRoot, sweep.OutputFolder), report.Output.Trim());
        await sweep.AssertSameResults(outRoot);
    }

    [Fact]
    public async Task An_unknown_sweep_is_named()
    {
        using var silo = await SiloProcess.StartLocalAsync(Path.Combine(sweep.Data.Root, "unknown-silo"));
        var status = await Cli.Run(sweep.Data.Root, Timeout, "status", "--sweep", "sweep-0000", "--gateway", $"127.0.0.1:{silo.GatewayPort}");
        Assert.Equal(2, status.ExitCode);
        Assert.Equal("error: No sweep sweep-0000 on this cluster.", status.Error.Trim());
    }
}
