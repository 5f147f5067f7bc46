using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Display;

/// <summary>Follows a sweep to its end with progress bars: images probed, then neurons done, passes of running neurons, ETA.</summary>
public static class SweepMonitor
{
    public static async Task<SweepStatus> FollowAsync(ISweepGrain sweep, TextWriter output, CancellationToken cancellation)
    {
        ProgressBar? probing = null;
        ProgressBar? searching = null;
        try
        {
            while (true)
            {
                var status = await sweep.GetStatus();
                if (status.Phase == SweepPhase.Probing)
                {
                    probing ??= new ProgressBar(output, "probing");
                    probing.Show(status.ImagesProbed, status.ImagesToProbe, "images", status.Waiting);
                }
                else if (status.Phase != SweepPhase.Failed)
                {
                    probing?.Dispose();
                    probing = null;
                    searching ??= new ProgressBar(output, "sweep");
                    searching.Show(status.Finished, status.Total, "neurons", Detail(status));
                }
                if (status.IsOver) return status;
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);
            }
        }
        finally
        {
            probing?.Dispose();
            searching?.Dispose();
        }
    }

    /// <summary>Waits until the outputs that were asked for are written.</summary>
    public static async Task<SweepStatus> WaitForOutputsAsync(ISweepGrain sweep, CancellationToken cancellation)
    {
        while (true)
        {
            var status = await sweep.GetStatus();
            if (status.Phase != SweepPhase.WritingOutputs) return status;
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellation);
        }
    }

    public static string Detail(SweepStatus status)
    {
        var parts = new List<string>();
        if (status.Failed > 0) parts.Add($"{status.Failed} failed");
        if (status.Running > 0) parts.Add($"{status.Running} running, pass {status.RunningPassesDone}/{status.RunningPassCount}");
        double eta = SweepEta.Seconds(status, DateTimeOffset.UtcNow);
        if (!double.IsNaN(eta) && status.Phase == SweepPhase.Running) parts.Add($"ETA {TimeSpan.FromSeconds(Math.Round(eta)):hh\\:mm\\:ss}");
        if (status.Phase == SweepPhase.Probing) parts.Add($"probing {status.ImagesProbed}/{status.ImagesToProbe} images");
        if (status.Phase == SweepPhase.WritingOutputs) parts.Add("writing outputs");
        if (status.Waiting is { } waiting) parts.Add($"waiting: {waiting}");
        return string.Join(", ", parts);
    }
}
