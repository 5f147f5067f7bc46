using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Probing.Import;
using NeuronOrleans.TestSupport;

namespace NeuronOrleans.Fidelity.Tests;

/// <summary>
/// The original program's own inputs and outputs on a 200-image dataset, kept read-only beside the
/// repository (<c>../shared/fidelity/small200</c>, see its README): dataset, activation cache,
/// thresholds, label-mask cache, and the results and history of a standard-operator IoU sweep at
/// formula length 3. Loaded once for all tests; the mask bank is built in memory, never cached
/// into the bundle.
/// </summary>
public sealed class FidelityBundle : IDisposable
{
    /// <summary><c>shared/fidelity/small200</c> beside the repository, or beside a folder above it.</summary>
    public static string Folder { get; } = Find();

    /// <summary>The settings of the original's run in the bundle; the rest are the published defaults.</summary>
    public static readonly SearchSettings OriginalRun = new() { Operators = OperatorSet.Standard, Score = ScoreKind.Iou, MaxFormulaLength = 3 };

    private readonly Lazy<IReadOnlyList<SearchResult>> _results;

    public FidelityBundle()
    {
        if (!Directory.Exists(Folder))
            throw new DirectoryNotFoundException($"The fidelity bundle is missing: expected {Folder}.");
        Dataset = BrodenDataset.Open(Path.Combine(Folder, "broden1_224"), "index_ade20k.csv");
        Bank = LabelMaskBankBuilder.Build(Dataset, new MaskBankSettings());
        Activations = ActivationFiles.Open(Path.Combine(Folder, "inspected_neurons.mmap"));
        Thresholds = NpyArrays.ReadVector(Path.Combine(Folder, "static_thresholds_0.005.npy"));
        History = OriginalHistory.Read(File("original_standard_iou_FL3", "history_0_511.txt"));
        _results = new(SearchAll);
    }

    private static string Find()
    {
        for (var folder = Directory.GetParent(RepositoryPaths.Root); folder is not null; folder = folder.Parent)
        {
            var bundle = Path.Combine(folder.FullName, "shared", "fidelity", "small200");
            if (Directory.Exists(bundle)) return bundle;
        }
        return Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "fidelity", "small200"));
    }

    public BrodenDataset Dataset { get; }

    public LabelMaskBank Bank { get; }

    public INeuronActivations Activations { get; }

    /// <summary>The original's per-unit thresholds (float64).</summary>
    public double[] Thresholds { get; }

    public IReadOnlyDictionary<int, OriginalHistory.Neuron> History { get; }

    /// <summary>Our search of every unit with <see cref="OriginalRun"/>, by unit.</summary>
    public IReadOnlyList<SearchResult> Results => _results.Value;

    public static string File(params string[] parts) => Path.Combine([Folder, .. parts]);

    public NeuronMask NeuronMask(int unit) =>
        Dissection.Masks.NeuronMask.FromActivations(Activations.ReadNeuron(unit), Activations.Images, Activations.Grid, Thresholds[unit]);

    private SearchResult[] SearchAll()
    {
        var masks = Enumerable.Range(0, Activations.Units).Select(NeuronMask).ToArray();
        var search = new BeamSearch(Bank, OriginalRun);
        var results = new SearchResult[masks.Length];
        Parallel.For(0, masks.Length, unit => results[unit] = search.Run(masks[unit]));
        return results;
    }

    public void Dispose() => Activations.Dispose();
}
