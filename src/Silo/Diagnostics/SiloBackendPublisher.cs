using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Silo.Diagnostics;

/// <summary>Publishes the compute backend this silo chose, so dashboards can tell GPU silos from CPU ones.</summary>
internal sealed class SiloBackendPublisher(ComputeBackends backends) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        NeuronOrleansMetrics.BackendSelected(backends.Best.Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
