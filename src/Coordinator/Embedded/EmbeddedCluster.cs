using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeuronOrleans.Silo.Configuration;
using NeuronOrleans.Silo.Hosting;

namespace NeuronOrleans.Coordinator.Embedded;

/// <summary>
/// A one-silo cluster inside the coordinator process: the embedded default. Grain state lives in
/// a local folder, so a killed run continues where it stopped when started again.
/// </summary>
public sealed class EmbeddedCluster : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddedCluster(WebApplication app) => _app = app;

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<EmbeddedCluster> StartAsync(string dataFolder, int? metricsPort, CancellationToken cancellation)
    {
        int siloPort = FreePorts.Next();
        var settings = new SiloSettings
        {
            ClusterId = "embedded",
            DataFolder = dataFolder,
            SiloPort = siloPort,
            PrimarySiloPort = siloPort,
            GatewayPort = FreePorts.Next(),
            HttpPort = metricsPort ?? 0,
        };
        var builder = WebApplication.CreateBuilder();
        // The progress bar owns the terminal; the silo speaks only when something is wrong.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Orleans", LogLevel.Error);
        builder.UseOrleans(silo => silo.ConfigureNeuronOrleans(settings));
        builder.AddNeuronOrleansEndpoints(settings);
        var app = builder.Build();
        app.MapNeuronOrleansEndpoints(settings);
        await app.StartAsync(cancellation);
        return new EmbeddedCluster(app);
    }

    public async ValueTask DisposeAsync()
    {
        // A graceful stop lets running searches finish their pass and persist it.
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
