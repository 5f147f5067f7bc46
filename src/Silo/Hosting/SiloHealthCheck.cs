using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NeuronOrleans.Silo.Hosting;

/// <summary>Healthy while this silo is an active member of its cluster.</summary>
internal sealed class SiloHealthCheck(Orleans.Runtime.ISiloStatusOracle oracle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(oracle.CurrentStatus == Orleans.Runtime.SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {oracle.SiloAddress} is active.")
            : HealthCheckResult.Unhealthy($"Silo {oracle.SiloAddress} is {oracle.CurrentStatus}."));
}
