using NeuronOrleans.Silo.Configuration;
using NeuronOrleans.Silo.Diagnostics;

namespace NeuronOrleans.Silo.Hosting;

/// <summary>The silo's HTTP side: a health endpoint and the Prometheus metrics endpoint.</summary>
public static class SiloEndpoints
{
    public const string HealthPath = "/health";
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddNeuronOrleansEndpoints(this WebApplicationBuilder builder, SiloSettings settings)
    {
        builder.WebHost.UseUrls(settings.HttpPort > 0 ? $"http://0.0.0.0:{settings.HttpPort}" : "http://127.0.0.1:0");
        builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        builder.Services.AddNeuronOrleansMetrics();
        return builder;
    }

    public static WebApplication MapNeuronOrleansEndpoints(this WebApplication app, SiloSettings settings)
    {
        app.MapHealthChecks(HealthPath);
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
