using NeuronOrleans.EndToEnd.Tests.Support;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary><c>run --metrics-port</c> serves the silo's Prometheus metrics while the job runs.</summary>
[Collection(LongSweepCollection.Name)]
public sealed class EmbeddedMetricsTests(LongSweepData sweep)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_embedded_run_serves_sweep_progress_while_it_runs()
    {
        int port = FreePorts.Take(1)[0];
        using var run = Cli.Start(sweep.Data.Root, ["run", .. sweep.SweepArguments(Path.Combine(sweep.Data.Root, "metrics")), "--metrics-port", $"{port}"]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string? scraped = null;
        while (!run.HasExited && scraped is null)
        {
            try
            {
                var text = await http.GetStringAsync($"http://127.0.0.1:{port}/metrics");
                if (text.Contains("neuronorleans_sweep_progress{")) scraped = text;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not serving yet.
            }
            await Task.Delay(100);
        }
        Assert.True(scraped is not null, "No sweep progress was served while the run lasted:\n" + run.AllOutput);
        Assert.Contains("# TYPE neuronorleans_sweep_progress gauge", scraped);
        Assert.Equal(0, await run.WaitAsync(Timeout));
    }
}
