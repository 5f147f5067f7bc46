namespace NeuronOrleans.Grains;

/// <summary>
/// Where a neuron's compute time went, in milliseconds, over all its runs: reading its activations
/// and thresholding them, scoring every primitive, the beam passes, persisting checkpoints, and the
/// certificate.
/// Summed over a sweep they tell users (and benchmarks) where a sweep spends its time.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WorkTimings(
    [property: Id(0)] double Activations,
    [property: Id(1)] double Primitives,
    [property: Id(2)] double Passes,
    [property: Id(3)] double Checkpoints,
    [property: Id(4)] double Certificate = 0)
{
    public static readonly WorkTimings None = new(0, 0, 0, 0);

    public static WorkTimings operator +(WorkTimings a, WorkTimings b) =>
        new(a.Activations + b.Activations, a.Primitives + b.Primitives, a.Passes + b.Passes, a.Checkpoints + b.Checkpoints, a.Certificate + b.Certificate);
}
