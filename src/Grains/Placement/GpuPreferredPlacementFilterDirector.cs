using Orleans.Placement;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;

namespace NeuronOrleans.Grains.Placement;

/// <summary>Keeps the GPU silos when there are any, otherwise every candidate.</summary>
internal sealed class GpuPreferredPlacementFilterDirector(ISiloMetadataCache metadata) : IPlacementFilterDirector
{
    public IEnumerable<SiloAddress> Filter(PlacementFilterStrategy filterStrategy, PlacementTarget target, IEnumerable<SiloAddress> silos)
    {
        var candidates = silos.ToList();
        var gpu = candidates.Where(HasGpu).ToList();
        return gpu.Count > 0 ? gpu : candidates;
    }

    private bool HasGpu(SiloAddress silo) =>
        metadata.GetSiloMetadata(silo).Metadata.TryGetValue(SiloMetadataKeys.Gpu, out var value) && value == "true";
}
