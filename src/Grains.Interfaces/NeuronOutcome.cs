namespace NeuronOrleans.Grains;

/// <summary>
/// A finished neuron: its threshold and search result in serialisable form (formulas encoded
/// by label number), or the error that stopped it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record NeuronOutcome
{
    [Id(0)] public required int Neuron { get; init; }
    [Id(1)] public double Threshold { get; init; }
    [Id(2)] public string? Error { get; init; }
    [Id(3)] public ScoredFormulaRecord? Best { get; init; }
    [Id(4)] public long Intersection { get; init; }
    [Id(5)] public long FormulaCells { get; init; }
    [Id(6)] public long NeuronFormulaProducts { get; init; }
    [Id(7)] public long NeuronCells { get; init; }
    [Id(8)] public long NeuronSquaredCells { get; init; }
    [Id(9)] public ScoredFormulaRecord? BestSingleLabel { get; init; }
    [Id(10)] public IReadOnlyList<ScoredFormulaRecord> Candidates { get; init; } = [];
    [Id(11)] public IReadOnlyList<IReadOnlyList<ScoredFormulaRecord>> BeamHistory { get; init; } = [];
    [Id(12)] public long FormulasEvaluated { get; init; }
    [Id(13)] public int ImageCount { get; init; }
    [Id(14)] public int CellsPerImage { get; init; }
    /// <summary>Passes this activation computed, and passes it took over from a checkpoint.</summary>
    [Id(15)] public int PassesComputed { get; init; }
    [Id(16)] public int PassesResumed { get; init; }
    /// <summary>Which backend ran the search and on which silo.</summary>
    [Id(17)] public string Backend { get; init; } = "";
    [Id(18)] public string Silo { get; init; } = "";
    /// <summary>The failure lies in inputs every neuron shares (the dataset's label masks): the whole sweep fails, once.</summary>
    [Id(19)] public bool SweepFault { get; init; }
    /// <summary>Compute time of this neuron's search by step, over all its runs.</summary>
    [Id(20)] public WorkTimings Timings { get; init; } = WorkTimings.None;
    /// <summary>Whether the certificate step ran (ALGORITHM §6.8).</summary>
    [Id(21)] public bool Certified { get; init; }
    /// <summary>The best formula of length ≤ 2 by penalised optimisation score; null when uncertified or when no label has cells.</summary>
    [Id(22)] public ScoredFormulaRecord? BestOfLengthTwo { get; init; }
    /// <summary>Why the certificate step failed, when it did; the search's result stays.</summary>
    [Id(23)] public string? CertificateError { get; init; }

    public bool Failed => Error is not null;
}
