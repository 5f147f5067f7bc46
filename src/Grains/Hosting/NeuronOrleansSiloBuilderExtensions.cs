using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NeuronOrleans.Dissection.Compute;
using NeuronOrleans.Grains.Placement;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Grains.Sweeps;
using Orleans.Placement;

namespace NeuronOrleans.Grains.Hosting;

public static class NeuronOrleansSiloBuilderExtensions
{
    /// <summary>
    /// Registers the grains' silo-local services (label masks, activations, search slots, compute
    /// backend, outputs) and the neuron placement. Storage named <see cref="StorageNames.Sweeps"/>
    /// and a reminder service are the host's choice.
    /// </summary>
    public static ISiloBuilder AddNeuronOrleans(this ISiloBuilder silo, ICountBackend? backend = null, string backendReport = "", Action<NeuronOrleansSiloOptions>? configure = null)
    {
        var services = silo.Services;
        if (configure is not null) services.Configure(configure);
        services.AddSingleton<DatasetCache>();
        services.AddSingleton<ActivationSources>();
        services.AddSingleton(provider =>
        {
            int slots = provider.GetRequiredService<IOptions<NeuronOrleansSiloOptions>>().Value.MaxConcurrentSearches;
            return new SearchSlots(slots > 0 ? slots : Environment.ProcessorCount);
        });
        services.AddSingleton(new ComputeBackends(backend ?? CpuCountBackend.Instance, backendReport));
        services.AddSingleton<ISweepOutputs, ReportsSweepOutputs>();
        services.AddPlacementFilter<GpuPreferredPlacementFilterStrategy, GpuPreferredPlacementFilterDirector>(ServiceLifetime.Singleton);
        services.AddPlacementDirector<EvenSpreadPlacementStrategy, EvenSpreadPlacementDirector>();
        return silo;
    }
}
