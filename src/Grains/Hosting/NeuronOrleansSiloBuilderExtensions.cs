using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Grains.Sweeps;
using NeuronOrleans.Grains.Work;

namespace NeuronOrleans.Grains.Hosting;

public static class NeuronOrleansSiloBuilderExtensions
{
    /// <summary>
    /// Registers the grains' silo-local services (label masks, activations, compute threads and
    /// backend, probing, outputs) and the worker that pulls work for this silo. Storage named
    /// <see cref="StorageNames.Sweeps"/> and a reminder service are the host's choice.
    /// </summary>
    public static ISiloBuilder AddNeuronOrleans(this ISiloBuilder silo, ICountBackend? backend = null, string backendReport = "", Action<NeuronOrleansSiloOptions>? configure = null)
    {
        var services = silo.Services;
        if (configure is not null) services.Configure(configure);
        // One compute thread per search slot, and one more for probing, mask banks and reports.
        services.AddSingleton(provider => new ComputeScheduler(provider.GetRequiredService<IOptions<NeuronOrleansSiloOptions>>().Value.SearchSlots + 1));
        services.AddMetrics();
        services.AddSingleton<NeuronOrleansMetrics>();
        services.AddSingleton<DatasetCache>();
        services.AddSingleton<ActivationSources>();
        services.AddSingleton<ProbeShardRunner>();
        services.AddSingleton<WorkerWakeUp>();
        services.AddSingleton(new ComputeBackends(backend ?? CpuCountBackend.Instance, backendReport));
        services.AddSingleton<ISweepOutputs, ReportsSweepOutputs>();
        services.AddHostedService<SiloWorker>();
        return silo;
    }
}
