using Orleans.Placement;

namespace NeuronOrleans.Grains.Placement;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class GpuPreferredPlacementFilterAttribute() : PlacementFilterAttribute(new GpuPreferredPlacementFilterStrategy());
