using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeuronOrleans.Grains;
using NeuronOrleans.Silo.Configuration;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>
/// One silo process that has run a small demo sweep to its end: two neurons found, one failed
/// (unit 8 is not in the activation file), so every per-sweep series exists. Shared by the tests
/// that scrape it.
/// </summary>
public sealed class DemoSweepFixture : IAsyncLifetime
{
    private static readonly TimeSpan SweepTimeout = TimeSpan.FromMinutes(3);
    private readonly SweepData _data = new();
    private SiloProcess? _silo;

    internal SiloProcess Silo => _silo ?? throw new InvalidOperationException("The silo has not started.");
    public SweepStatus Status { get; private set; } = null!;
    public string SweepId => Status.SweepId;

    public async Task InitializeAsync()
    {
        _silo = await SiloProcess.StartLocalAsync(Path.Combine(_data.Root, "silo"));
        var spec = _data.Spec(6, 8, maxLength: 2);
        spec = spec with { Outputs = spec.Outputs with { Report = spec.Outputs.Report with { Html = false } } };
        using var client = await ConnectAsync(_silo.GatewayPort);
        var sweep = client.Services.GetRequiredService<IClusterClient>().GetGrain<ISweepGrain>(spec.SweepId);
        await sweep.Submit(spec);
        Status = await WaitForCompletion(sweep);
    }

    public Task<string> ScrapeAsync() => Silo.GetAsync("/metrics");

    private static async Task<IHost> ConnectAsync(int gatewayPort)
    {
        var defaults = new SiloSettings();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, defaults.ServiceId, defaults.ClusterId));
        var host = builder.Build();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.StartAsync(limit.Token);
        return host;
    }

    private async Task<SweepStatus> WaitForCompletion(ISweepGrain sweep)
    {
        var deadline = DateTime.UtcNow + SweepTimeout;
        while (true)
        {
            var status = await sweep.GetStatus();
            if (status.Phase == SweepPhase.Completed) return status;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Sweep {status.SweepId} still {status.Phase} ({status.Finished}/{status.Total}) after {SweepTimeout}:\n{Silo.Output}");
            await Task.Delay(200);
        }
    }

    public Task DisposeAsync()
    {
        _silo?.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoSweepCollection : ICollectionFixture<DemoSweepFixture>
{
    public const string Name = "demo sweep on a silo process";
}
