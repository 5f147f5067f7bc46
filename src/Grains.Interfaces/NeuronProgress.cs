namespace NeuronOrleans.Grains;

/// <summary>Where one neuron's search stands.</summary>
[GenerateSerializer, Immutable]
public sealed record NeuronProgress(
    [property: Id(0)] int Neuron,
    [property: Id(1)] NeuronStatus Status,
    [property: Id(2)] int PassesDone,
    [property: Id(3)] int PassCount,
    [property: Id(4)] string? Error);
