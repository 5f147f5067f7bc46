using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeuronOrleans.Grains;
using Orleans.Configuration;

namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>
/// A cluster of real silo processes that meet in, and keep their state in, a fresh Azurite; the
/// CLI submits sweeps to it and a client follows them. Disposing stops everything.
/// </summary>
internal sealed class AzureTestCluster : IDisposable
{
    private readonly List<SiloProcess> _silos = [];
    private readonly List<IHost> _clients = [];

    private AzureTestCluster(Azurite azurite) => Storage = azurite;

    public Azurite Storage { get; }

    public string ClusterId { get; } = "e2e-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Azurite with its data in <paramref name="folder"/> and <paramref name="silos"/> silos of one search slot each.</summary>
    public static async Task<AzureTestCluster> StartAsync(string folder, int silos)
    {
        var cluster = new AzureTestCluster(await Azurite.StartAsync(folder));
        try
        {
            for (int i = 0; i < silos; i++) await cluster.AddSiloAsync(searchSlots: 1);
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <param name="settings">More silo settings, e.g. <c>--NeuronOrleans:TensorBackendOnCpu true</c>.</param>
    public async Task<SiloProcess> AddSiloAsync(int searchSlots, params string[] settings)
    {
        var silo = await SiloProcess.StartAzureAsync(Storage.ConnectionString, ClusterId, searchSlots, settings);
        _silos.Add(silo);
        return silo;
    }

    public SiloProcess Silo(int index) => _silos[index];

    /// <summary>Submits a sweep through the CLI (run in <paramref name="workFolder"/>) and returns its grain, through a client of this cluster.</summary>
    public async Task<ISweepGrain> SubmitAsync(string workFolder, string[] sweepArguments, TimeSpan timeout)
    {
        var submitted = await Cli.Run(workFolder, timeout, ["submit", .. sweepArguments, "--azure-storage", Storage.ConnectionString, "--cluster-id", ClusterId]);
        Assert.True(submitted.ExitCode == 0, submitted.AllOutput);
        var sweepId = submitted.Output.Trim().Split('\n')[^1].Trim();
        var client = await ConnectAsync();
        return client.Services.GetRequiredService<IClusterClient>().GetGrain<ISweepGrain>(sweepId);
    }

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

    private async Task<IHost> ConnectAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = "neuron-orleans";
            });
            client.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(Storage.ConnectionString));
        });
        var host = builder.Build();
        _clients.Add(host);
        await host.StartAsync();
        return host;
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
        foreach (var silo in _silos) silo.Dispose();
        Storage.Dispose();
    }
}
