namespace NeuronOrleans.Grains;

/// <summary>Where one neuron's search stands.</summary>
/// <param name="Error">One line: the kind and message of the fault of this neuron's inputs.</param>
[GenerateSerializer, Immutable]
public sealed record NeuronProgress(
    [property: Id(0)] int Neuron,
    [property: Id(1)] NeuronStatus Status,
    [property: Id(2)] int PassesDone,
    [property: Id(3)] int PassCount,
    [property: Id(4)] string? Error)
{
    /// <summary>Passes computed for this neuron over all its runs (a resumed pass is not computed twice).</summary>
    [Id(5)] public int PassesComputed { get; init; }

    /// <summary>The silo whose search produced this progress.</summary>
    [Id(6)] public string Silo { get; init; } = "";

    /// <summary>Why the search is waiting, e.g. for grain storage to come back; null while it works.</summary>
    [Id(7)] public string? Waiting { get; init; }

    /// <summary>The failure lies in inputs every neuron shares: the sweep fails as a whole.</summary>
    [Id(8)] public bool SweepFault { get; init; }

    /// <summary>The neuron's certificate (ALGORITHM §6.8) is computed.</summary>
    [Id(9)] public bool Certified { get; init; }
}
