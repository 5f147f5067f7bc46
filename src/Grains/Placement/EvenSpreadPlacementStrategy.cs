using Orleans.Placement;

namespace NeuronOrleans.Grains.Placement;

/// <summary>
/// Places neuron grains round-robin by neuron index over the candidate silos, so a sweep's
/// neurons split evenly (resource-optimised placement piled most of them onto one silo).
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking]
public sealed class EvenSpreadPlacementStrategy : PlacementStrategy;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class EvenSpreadPlacementAttribute() : PlacementAttribute(new EvenSpreadPlacementStrategy());
