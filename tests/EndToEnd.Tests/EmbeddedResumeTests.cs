using System.Text.RegularExpressions;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.EndToEnd.Tests.Support;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>A bigger planted dataset, so that a sweep lasts long enough to be killed in the middle.</summary>
public sealed class LongSweepData() : IDisposable
{
    public SweepData Data { get; } = SweepData.Create(new SyntheticBrodenOptions { Seed = 5, AdeImageCount = 1500 }, units: 24);

    public string[] SweepArguments(string outRoot) =>
        ["--broden", Data.BrodenFolder, "--activations", Data.ActivationsFile, "--max-length", "8", "--no-html", "--out", outRoot];

    public void Dispose() => Data.Dispose();
}

/// <summary>The embedded <c>run</c>, killed with SIGKILL mid-sweep and started again.</summary>
public sealed partial class EmbeddedResumeTests(LongSweepData sweep) : IClassFixture<LongSweepData>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_killed_run_resumes_without_recomputing_and_gives_the_uninterrupted_results()
    {
        var root = sweep.Data.Root;
        var reference = Path.Combine(root, "uninterrupted");
        var uninterrupted = await Cli.Run(root, Timeout, ["run", .. sweep.SweepArguments(reference)]);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.Output + uninterrupted.Error);

        var resumed = Path.Combine(root, "resumed");
        using (var first = Cli.Start(root, ["run", .. sweep.SweepArguments(resumed)]))
        {
            await WaitForCheckpoints(Path.Combine(resumed, ".neuron-orleans", "state"), first);
            first.Kill();
        }
        var second = await Cli.Run(root, Timeout, ["run", .. sweep.SweepArguments(resumed)]);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);

        var passes = PassesLine().Match(second.Output);
        Assert.True(passes.Success, second.Output);
        Assert.Equal(passes.Groups["needed"].Value, passes.Groups["computed"].Value); // no pass computed twice
        var continuing = ContinuingLine().Match(second.Output);
        bool resumedSomething = long.Parse(passes.Groups["resumed"].Value) > 0 || continuing.Success;
        Assert.True(resumedSomething, "The second run started from scratch:\n" + second.Output);

        var folder = "FL8_imroun75_X3_close";
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(reference, folder, "results_0_23.csv")),
            await File.ReadAllTextAsync(Path.Combine(resumed, folder, "results_0_23.csv")));
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(reference, folder, "history_0_23.txt")),
            await File.ReadAllTextAsync(Path.Combine(resumed, folder, "history_0_23.txt")));
    }

    /// <summary>Returns once a few neurons have persisted a checkpoint or a result.</summary>
    private static async Task WaitForCheckpoints(string stateFolder, ChildProcess run)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline && !run.HasExited)
        {
            if (Directory.Exists(stateFolder) && Directory.EnumerateFiles(stateFolder, "*.neuron", SearchOption.AllDirectories).Count() >= 3) return;
            await Task.Delay(20);
        }
        throw new InvalidOperationException("The run finished or stalled before it could be interrupted:\n" + run.Output + run.Error);
    }

    [GeneratedRegex(@"Beam passes: (?<computed>\d+) computed for (?<needed>\d+) in the results, (?<resumed>\d+) resumed")]
    private static partial Regex PassesLine();

    [GeneratedRegex(@"Continuing sweep \S+: (?<finished>\d+) of (?<total>\d+) neurons already finished")]
    private static partial Regex ContinuingLine();
}
