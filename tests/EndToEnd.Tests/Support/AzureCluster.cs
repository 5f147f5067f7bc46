using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeuronOrleans.Grains;
using Orleans.Configuration;

namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>A client of a test cluster that meets in Azurite, and waiting on a sweep's status through it.</summary>
internal static class AzureCluster
{
    public static string NewClusterId() => "e2e-" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<IHost> ConnectAsync(string connectionString, string clusterId)
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

    public static ISweepGrain Sweep(this IHost client, string sweepId) =>
        client.Services.GetRequiredService<IClusterClient>().GetGrain<ISweepGrain>(sweepId);

    /// <summary>Polls the sweep; calls that fail while the cluster notices a dead silo (or storage is down) are retried.</summary>
    public static async Task<SweepStatus> WaitFor(ISweepGrain grain, Func<SweepStatus, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
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

    /// <summary>Submits the sweep through the CLI and returns its id.</summary>
    public static async Task<string> SubmitAsync(string workFolder, string connectionString, string clusterId, string[] sweepArguments, TimeSpan timeout)
    {
        var submitted = await Cli.Run(workFolder, timeout, ["submit", .. sweepArguments, "--azure-storage", connectionString, "--cluster-id", clusterId]);
        Assert.True(submitted.ExitCode == 0, submitted.AllOutput);
        return submitted.Output.Trim().Split('\n')[^1].Trim();
    }
}
