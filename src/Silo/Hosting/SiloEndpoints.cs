using Microsoft.Extensions.Diagnostics.HealthChecks;
using NeuronOrleans.Silo.Configuration;

namespace NeuronOrleans.Silo.Hosting;

/// <summary>The silo's HTTP side: a health endpoint (and the metrics endpoint).</summary>
public static class SiloEndpoints
{
    public const string HealthPath = "/health";

    public static WebApplicationBuilder AddNeuronOrleansEndpoints(this WebApplicationBuilder builder, SiloSettings settings)
    {
        builder.WebHost.UseUrls(settings.HttpPort > 0 ? $"http://0.0.0.0:{settings.HttpPort}" : "http://127.0.0.1:0");
        builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        return builder;
    }

    public static WebApplication MapNeuronOrleansEndpoints(this WebApplication app, SiloSettings settings)
    {
        app.MapHealthChecks(HealthPath);
        return app;
    }
}

/// <summary>Healthy while this silo is an active member of its cluster.</summary>
internal sealed class SiloHealthCheck(Orleans.Runtime.ISiloStatusOracle oracle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(oracle.CurrentStatus == Orleans.Runtime.SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {oracle.SiloAddress} is active.")
            : HealthCheckResult.Unhealthy($"Silo {oracle.SiloAddress} is {oracle.CurrentStatus}."));
}
