using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Images;

namespace NeuronOrleans.Grains;

/// <summary>A finished neuron: its threshold and search result, or the error that stopped it.</summary>
[GenerateSerializer, Immutable]
public sealed record NeuronOutcome
{
    [Id(0)] public required int Neuron { get; init; }
    [Id(1)] public double Threshold { get; init; }
    [Id(2)] public string? Error { get; init; }
    /// <summary>The search's result; null when the neuron failed.</summary>
    [Id(3)] public SearchResult? Result { get; init; }
    /// <summary>Passes this activation computed, and passes it took over from a checkpoint.</summary>
    [Id(4)] public int PassesComputed { get; init; }
    [Id(5)] public int PassesResumed { get; init; }
    /// <summary>Which backend ran the search and on which silo.</summary>
    [Id(6)] public string Backend { get; init; } = "";
    [Id(7)] public string Silo { get; init; } = "";
    /// <summary>The failure lies in inputs every neuron shares (the dataset's label masks): the whole sweep fails, once.</summary>
    [Id(8)] public bool SweepFault { get; init; }
    /// <summary>Compute time of this neuron's search by step, over all its runs.</summary>
    [Id(9)] public WorkTimings Timings { get; init; } = WorkTimings.None;
    /// <summary>Whether the certificate step ran (ALGORITHM §6.8).</summary>
    [Id(10)] public bool Certified { get; init; }
    /// <summary>The best formula of length ≤ 2 by penalised optimisation score; null when uncertified or when no label has cells.</summary>
    [Id(11)] public ScoredFormula? BestOfLengthTwo { get; init; }
    /// <summary>Why the certificate step failed, when it did; the search's result stays.</summary>
    [Id(12)] public string? CertificateError { get; init; }

    /// <summary>The images its report card shows, chosen where the neuron's mask was at hand.</summary>
    [Id(13)] public IReadOnlyList<SampledImage> Samples { get; init; } = [];

    public bool Failed => Error is not null;
}
