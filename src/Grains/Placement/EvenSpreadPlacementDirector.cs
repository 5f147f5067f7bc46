using Orleans.Runtime.Placement;

namespace NeuronOrleans.Grains.Placement;

internal sealed class EvenSpreadPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        if (silos.Length == 0) throw new OrleansException($"No silo can host {target.GrainIdentity}.");
        int neuron = NeuronGrainKeys.NeuronOf(target.GrainIdentity.Key.ToString()!);
        return Task.FromResult(silos[neuron % silos.Length]);
    }
}
