using System.Text.Json.Serialization;

namespace NeuronOrleans.Grains;

/// <summary>
/// Everything that determines a sweep's results: the inputs (dataset, activations) and every
/// setting. Two specs with equal <see cref="SweepId"/> describe the same computation.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SweepSpec
{
    [Id(0)] public required DatasetSpec Dataset { get; init; }
    [Id(1)] public required ActivationSpec Activations { get; init; }
    [Id(2)] public required SearchSpec Search { get; init; }
    /// <summary>First and last neuron index, inclusive.</summary>
    [Id(3)] public required int FirstNeuron { get; init; }
    [Id(4)] public required int LastNeuron { get; init; }
    /// <summary>Folder the output folder (named after the settings) is created in.</summary>
    [Id(5)] public required string OutputRoot { get; init; }
    /// <summary>Score shown in reports: iou | imrou | imroun.</summary>
    [Id(6)] public string ReportScore { get; init; } = "imroun";
    /// <summary>Write the HTML report with images (slow on big sweeps; CSV and history are always written).</summary>
    [Id(7)] public bool HtmlReport { get; init; } = true;

    [JsonIgnore]
    public int NeuronCount => LastNeuron - FirstNeuron + 1;

    [JsonIgnore]
    public IEnumerable<int> Neurons => Enumerable.Range(FirstNeuron, NeuronCount);

    /// <summary>A stable identity derived from the spec, so resubmitting the same work resumes it.</summary>
    [JsonIgnore]
    public string SweepId => SweepIds.For(this);
}

/// <summary>Which Broden folder and how its label masks are built (ALGORITHM §2).</summary>
[GenerateSerializer, Immutable]
public sealed record DatasetSpec
{
    [Id(0)] public required string Folder { get; init; }
    [Id(1)] public string IndexFile { get; init; } = "index_ade20k.csv";
    /// <summary>block | bilinear.</summary>
    [Id(2)] public string Downsampling { get; init; } = "block";
    [Id(3)] public int DownsamplingThreshold { get; init; } = 100;
    [Id(4)] public bool Expansions { get; init; } = true;
    [Id(5)] public int ExpansionThreshold { get; init; } = 3;
    /// <summary>Folder for the cached label-mask bank; empty means beside the dataset.</summary>
    [Id(6)] public string CacheFolder { get; init; } = "";
}

/// <summary>Where each neuron's activations come from and how it is binarised (ALGORITHM §3).</summary>
[GenerateSerializer, Immutable]
public sealed record ActivationSpec
{
    /// <summary>An activation store, a numpy <c>.npy</c> file, or the original's <c>inspected_neurons.mmap</c>.</summary>
    [Id(0)] public required string File { get; init; }
    /// <summary>Optional float <c>.npy</c> of per-neuron thresholds; otherwise the exact quantile.</summary>
    [Id(1)] public string? ThresholdsFile { get; init; }
}

/// <summary>The beam-search knobs (ALGORITHM §5–6), mirroring the engine's settings.</summary>
[GenerateSerializer, Immutable]
public sealed record SearchSpec
{
    [Id(0)] public int MaxFormulaLength { get; init; } = 3;
    [Id(1)] public int BeamSize { get; init; } = 4;
    [Id(2)] public int CandidateCount { get; init; } = 50;
    /// <summary>close | standard.</summary>
    [Id(3)] public string Operators { get; init; } = "close";
    /// <summary>iou | imrou | imroun.</summary>
    [Id(4)] public string Score { get; init; } = "imroun";
    [Id(5)] public double ImrouMultiplier { get; init; } = 0.75;
    [Id(6)] public bool Abort { get; init; } = true;
    [Id(7)] public bool EasyMode { get; init; }
}
