using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeuronOrleans.EndToEnd.Tests.Support;
using NeuronOrleans.Grains;
using Orleans.Configuration;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>
/// Three real silo processes on Azurite: one is killed with SIGKILL mid-sweep, and the sweep still
/// finishes every neuron with exactly the results of an uninterrupted run.
/// </summary>
[Collection(LongSweepCollection.Name)]
public sealed class ClusterCrashTests(LongSweepData sweep)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task Killing_one_of_three_silos_mid_sweep_loses_nothing()
    {
        var root = sweep.Data.Root;

        using var azurite = await Azurite.StartAsync(Path.Combine(root, "azurite"));
        var clusterId = "e2e-" + Guid.NewGuid().ToString("N")[..12];
        using var first = await SiloProcess.StartAzureAsync(azurite.ConnectionString, clusterId, maxConcurrentSearches: 1);
        using var second = await SiloProcess.StartAzureAsync(azurite.ConnectionString, clusterId, maxConcurrentSearches: 1);
        using var third = await SiloProcess.StartAzureAsync(azurite.ConnectionString, clusterId, maxConcurrentSearches: 1);
        var clustered = Path.Combine(root, "clustered");
        var submitted = await Cli.Run(root, Timeout, ["submit", .. sweep.SweepArguments(clustered), "--azure-storage", azurite.ConnectionString, "--cluster-id", clusterId]);
        Assert.True(submitted.ExitCode == 0, submitted.AllOutput);
        var sweepId = submitted.Output.Trim().Split('\n')[^1].Trim();

        using var client = await Connect(azurite.ConnectionString, clusterId);
        var grain = client.Services.GetRequiredService<IClusterClient>().GetGrain<ISweepGrain>(sweepId);
        var beforeKill = await WaitFor(grain, s => s.Done >= 3);
        Assert.True(beforeKill.Finished < beforeKill.Total, "The sweep finished before a silo could be killed.");
        second.Kill();

        var status = await WaitFor(grain, s => s.Phase == SweepPhase.Completed);
        Assert.Equal(24, status.Done);
        Assert.Equal(0, status.Failed);
        await sweep.AssertSameResults(clustered);
    }

    private static async Task<IHost> Connect(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = "neuron-orleans";
            });
            client.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connectionString));
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Polls the sweep; calls that fail while the cluster notices the dead silo are retried.</summary>
    private static async Task<SweepStatus> WaitFor(ISweepGrain grain, Func<SweepStatus, bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        SweepStatus? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await grain.GetStatus();
                if (condition(last)) return last;
            }
            catch (Exception error) when (error is OrleansException or TimeoutException)
            {
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Sweep state not reached; last status {last}.");
    }
}
