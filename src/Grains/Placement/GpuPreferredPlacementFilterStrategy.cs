using Orleans.Placement;

namespace NeuronOrleans.Grains.Placement;

/// <summary>Narrows placement to silos that advertise a GPU, when there are any.</summary>
public sealed class GpuPreferredPlacementFilterStrategy() : PlacementFilterStrategy(order: 0);
