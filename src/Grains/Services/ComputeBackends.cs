using NeuronOrleans.Dissection.Compute;

namespace NeuronOrleans.Grains.Services;

/// <summary>Silo-local: the best compute backend this silo has, chosen once at start-up.</summary>
public sealed class ComputeBackends(ICountBackend best)
{
    public ICountBackend Best { get; } = best;

    public bool HasGpu => Best.Name == "gpu";
}
