using System.Text.Json.Serialization;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Output;

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
    [Id(2)] public required SearchSettings Search { get; init; }
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
    [Id(1)] public ReportOptions Report { get; init; } = new();
}

/// <summary>Which Broden folder and how its label masks are built (ALGORITHM §2).</summary>
[GenerateSerializer, Immutable]
public sealed record DatasetSpec
{
    [Id(0)] public required string Folder { get; init; }
    [Id(1)] public string IndexFile { get; init; } = "index_ade20k.csv";
    /// <summary>How the label masks are built, at the explained layer's grid (its activations' h × w).</summary>
    [Id(2)] public MaskBankSettings MaskBank { get; init; } = new();
    /// <summary>Folder for the cached label-mask bank, never the dataset's own (it may be read-only); empty means none is cached. Not part of the identity.</summary>
    [Id(3)] public string CacheFolder { get; init; } = "";
    /// <summary>Fingerprint of the dataset's CSV files, so an edited copy under the same path is another sweep.</summary>
    [Id(4)] public string Fingerprint { get; init; } = "";
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
