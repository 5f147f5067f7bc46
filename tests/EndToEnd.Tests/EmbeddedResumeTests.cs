using System.Text.RegularExpressions;
using NeuronOrleans.EndToEnd.Tests.Support;

namespace NeuronOrleans.EndToEnd.Tests;

[Collection(LongSweepCollection.Name)]
public sealed class EmbeddedResumeTests(LongSweepData sweep) : EmbeddedResumeScenario(sweep);

[Collection(ThoroughSweepCollection.Name)]
public sealed class ThoroughEmbeddedResumeTests(ThoroughSweepData sweep) : EmbeddedResumeScenario(sweep);

/// <summary>The embedded <c>run</c>, killed with SIGKILL mid-sweep and started again.</summary>
public abstract partial class EmbeddedResumeScenario(ReferenceSweepData sweep)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_killed_run_resumes_without_recomputing_and_gives_the_uninterrupted_results()
    {
        var root = sweep.Data.Root;
        var resumed = Path.Combine(root, "resumed");
        using (var first = Cli.Start(root, ["run", .. sweep.SweepArguments(resumed)]))
        {
            await WaitForCheckpoints(Path.Combine(resumed, ".neuron-orleans", "state"), first);
            first.Kill();
        }
        var second = await Cli.Run(root, Timeout, ["run", .. sweep.SweepArguments(resumed)]);
        Assert.True(second.ExitCode == 0, second.AllOutput);

        var passes = PassesLine().Match(second.Output);
        Assert.True(passes.Success, second.Output);
        Assert.Equal(passes.Groups["needed"].Value, passes.Groups["computed"].Value); // no pass computed twice
        var continuing = ContinuingLine().Match(second.Output);
        bool resumedSomething = long.Parse(passes.Groups["resumed"].Value) > 0 || continuing.Success;
        Assert.True(resumedSomething, "The second run started from scratch:\n" + second.Output);

        await sweep.AssertSameResults(resumed);

        // The same sweep with other report options: outputs rewritten from stored results, no pass searched.
        var presented = await Cli.Run(root, Timeout, ["run", .. sweep.SweepArguments(resumed).Where(a => a != "--no-html"), "--report-score", "iou"]);
        Assert.True(presented.ExitCode == 0, presented.AllOutput);
        Assert.Contains("Beam passes: 0 computed by this run", presented.Output);
        Assert.True(File.Exists(Path.Combine(resumed, sweep.OutputFolder, "0_23.html")), presented.Output);
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

    [GeneratedRegex(@"over the sweep's life (?<computed>\d+) computed for (?<needed>\d+) in the results, (?<resumed>\d+) resumed")]
    private static partial Regex PassesLine();

    [GeneratedRegex(@"Continuing sweep \S+: (?<finished>\d+) of (?<total>\d+) neurons already finished")]
    private static partial Regex ContinuingLine();
}
