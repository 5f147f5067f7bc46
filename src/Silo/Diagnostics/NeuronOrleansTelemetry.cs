using NeuronOrleans.Grains;
using OpenTelemetry.Metrics;

namespace NeuronOrleans.Silo.Diagnostics;

/// <summary>Exports the silo's meters in Prometheus format: ours, Orleans' own and the .NET runtime's.</summary>
public static class NeuronOrleansTelemetry
{
    /// <summary>Orleans' meter (activations, messaging, membership, scheduler).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>The runtime's built-in meter (GC, thread pool, CPU, working set) since .NET 9.</summary>
    public const string RuntimeMeterName = "System.Runtime";

    public static IServiceCollection AddNeuronOrleansMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(NeuronOrleansMetrics.MeterName, OrleansMeterName, RuntimeMeterName)
            .AddPrometheusExporter());
        services.AddHostedService<SiloBackendPublisher>();
        return services;
    }
}
