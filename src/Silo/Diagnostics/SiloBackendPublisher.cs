using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Silo.Diagnostics;

/// <summary>
/// Publishes the compute backend this silo chose, so dashboards can tell GPU silos from CPU ones,
/// and logs why it was chosen.
/// </summary>
internal sealed partial class SiloBackendPublisher(ComputeBackends backends, NeuronOrleansMetrics metrics, ILogger<SiloBackendPublisher> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.BackendSelected(backends.Best.Name);
        LogBackend(logger, backends.Best.Name, backends.Report);
        return Task.CompletedTask;
    }

    [LoggerMessage(1, LogLevel.Information, "Compute backend {Backend}: {Report}")]
    private static partial void LogBackend(ILogger logger, string backend, string report);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
