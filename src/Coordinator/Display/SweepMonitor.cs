using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Display;

/// <summary>Follows a sweep to its end with a progress bar: neurons done, passes of running neurons, ETA.</summary>
public static class SweepMonitor
{
    public static async Task<SweepStatus> FollowAsync(ISweepGrain sweep, TextWriter output, CancellationToken cancellation)
    {
        using var bar = new ProgressBar(output, "sweep");
        while (true)
        {
            var status = await sweep.GetStatus();
            bar.Show(status.Finished, status.Total, "neurons", Detail(status));
            if (status.Phase is SweepPhase.Completed or SweepPhase.Cancelled) return status;
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);
        }
    }

    public static string Detail(SweepStatus status)
    {
        var parts = new List<string>();
        if (status.Failed > 0) parts.Add($"{status.Failed} failed");
        if (status.Running > 0) parts.Add($"{status.Running} running, pass {status.RunningPassesDone}/{status.RunningPassCount}");
        double eta = SweepEta.Seconds(status, DateTimeOffset.UtcNow);
        if (!double.IsNaN(eta) && status.Phase == SweepPhase.Running) parts.Add($"ETA {TimeSpan.FromSeconds(Math.Round(eta)):hh\\:mm\\:ss}");
        if (status.Phase == SweepPhase.WritingOutputs) parts.Add("writing outputs");
        return string.Join(", ", parts);
    }
}
