using System.Text.Json.Serialization;

namespace NeuronOrleans.Grains;

/// <summary>
/// A sweep: what determines its results (dataset, activations, search settings, neurons) and how
/// they are presented (<see cref="Outputs"/>), and whether answers are certified. Only the former make
/// up <see cref="SweepId"/>, so a finished sweep asked for other report options rewrites its outputs,
/// and one asked for certificates computes them, without searching again.
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
    [Id(5)] public required OutputSpec Outputs { get; init; }
    /// <summary>
    /// Certify each answer against every formula of length ≤ 2 (ALGORITHM §6.8). A step after the
    /// search whose result the search's determinants fix, so not part of <see cref="SweepId"/>: a
    /// finished sweep submitted again with it computes the certificates only.
    /// </summary>
    [Id(6)] public bool Certify { get; init; }

    [JsonIgnore]
    public int NeuronCount => LastNeuron - FirstNeuron + 1;

    [JsonIgnore]
    public IEnumerable<int> Neurons => Enumerable.Range(FirstNeuron, NeuronCount);

    /// <summary>A stable identity derived from what determines the results, so resubmitting the same work resumes it.</summary>
    [JsonIgnore]
    public string SweepId => SweepIds.For(this);
}

/// <summary>Where a sweep's outputs go and how they present its results; not part of its identity.</summary>
[GenerateSerializer, Immutable]
public sealed record OutputSpec
{
    /// <summary>Folder the output folder (named after the settings) is created in.</summary>
    [Id(0)] public required string OutputRoot { get; init; }
    /// <summary>Score shown in reports: iou | imrou | imroun.</summary>
    [Id(1)] public string ReportScore { get; init; } = "imroun";
    /// <summary>Write the HTML report with images (slow on big sweeps; CSV and history are always written).</summary>
    [Id(2)] public bool HtmlReport { get; init; } = true;
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
    /// <summary>Folder for the cached label-mask bank, never the dataset's own (it may be read-only); empty means none is cached. Not part of the identity.</summary>
    [Id(6)] public string CacheFolder { get; init; } = "";
    /// <summary>Fingerprint of the dataset's CSV files, so an edited copy under the same path is another sweep.</summary>
    [Id(7)] public string Fingerprint { get; init; } = "";
    /// <summary>The cell grid of the explained layer (its activations' h × w): label masks are built at it.</summary>
    [Id(8)] public int GridHeight { get; init; } = 7;
    [Id(9)] public int GridWidth { get; init; } = 7;
}

/// <summary>Where each neuron's activations come from and how it is binarised (ALGORITHM §3).</summary>
[GenerateSerializer, Immutable]
public sealed record ActivationSpec
{
    /// <summary>An activation store, a numpy <c>.npy</c> file, or the original's <c>inspected_neurons.mmap</c>.</summary>
    [Id(0)] public required string File { get; init; }
    /// <summary>Optional float <c>.npy</c> of per-neuron thresholds; otherwise the exact quantile.</summary>
    [Id(1)] public string? ThresholdsFile { get; init; }
    /// <summary>Fingerprint of the activations' and thresholds' contents (or of what a probe makes them from).</summary>
    [Id(2)] public string Fingerprint { get; init; } = "";
    /// <summary>How the cluster makes <see cref="File"/> when the sweep probes a model; null for given activations.</summary>
    [Id(3)] public ProbeSpec? Probe { get; init; }
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
    /// <summary>original | thorough.</summary>
    [Id(8)] public string Mode { get; init; } = "original";
}
