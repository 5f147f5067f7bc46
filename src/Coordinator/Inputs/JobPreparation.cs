using System.Security.Cryptography;
using System.Text;
using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Grains.Sweeps;
using NeuronOrleans.Grains.Work;
using NeuronOrleans.Probing.Checkpoints;
using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Import;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;
using NeuronOrleans.Probing.Storage;

namespace NeuronOrleans.Coordinator.Inputs;

/// <summary>
/// Turns the user's settings into a sweep spec: checks every input it can read first (one clear
/// error, before any work) and generates the demo inputs when none are given. Probing is not done
/// here: a spec with a model tells the cluster to probe it, shard by shard, on its silos.
/// </summary>
public static class JobPreparation
{
    /// <summary>Shards made of whole batches keep every forward batch as in a one-process extraction, so activations are bit-identical.</summary>
    private static readonly int ProbeBatch = new ExtractionOptions().BatchSize;

    public static SweepSpec Prepare(JobSettings settings, string probeDevice, TextWriter log)
    {
        var outRoot = Path.GetFullPath(settings.Inputs.Out);
        var brodenFolder = settings.Inputs.Broden is { } broden ? Path.GetFullPath(broden) : DemoInputs.EnsureDataset(Path.Combine(outRoot, "demo", "broden"), log);
        var dataset = OpenDataset(brodenFolder, settings.Inputs.Index);
        var cacheFolder = Path.GetFullPath(settings.Inputs.Cache ?? Path.Combine(outRoot, "cache"));
        var (activations, units, grid) = settings.Inputs.Activations is { } file
            ? Given(RequireFile(Path.GetFullPath(file), "--activations"), settings.Inputs.Thresholds, dataset, cacheFolder, log)
            : ToProbe(settings, dataset, outRoot, probeDevice, log);
        // Named as the user gave it, not as the store it may have been imported into.
        string source = settings.Inputs.Activations is { } given ? Path.GetFullPath(given) : activations.File;
        var neurons = settings.Inputs.Neurons is { } range ? NeuronRange.Parse(range).Within(units, source) : new NeuronRange(0, units - 1);
        var spec = new SweepSpec
        {
            Dataset = new DatasetSpec
            {
                Folder = brodenFolder,
                IndexFile = settings.Inputs.Index,
                MaskBank = settings.MaskBank with { Grid = grid },
                CacheFolder = cacheFolder,
                Fingerprint = ContentFingerprint.OfDataset(brodenFolder),
            },
            Activations = activations,
            Search = settings.Search,
            FirstNeuron = neurons.First,
            LastNeuron = neurons.Last,
            Outputs = new OutputSpec { OutputRoot = outRoot, Report = settings.Report },
            Certify = settings.Inputs.Certify,
        };
        CheckMaskMemory(dataset, grid, settings.MaskBank.Expansions);
        return spec;
    }

    /// <summary>
    /// Label masks take images × words per image × 8 bytes per primitive: 425 MB at 7×7 for the full
    /// Broden, ~21 GB at 56×56. A bank that would take more than half of this machine's memory is
    /// refused now rather than failing every silo later.
    /// </summary>
    private static void CheckMaskMemory(BrodenDataset dataset, GridShape grid, bool expansions)
    {
        long primitives = dataset.Labels.All.Count + (expansions ? dataset.Labels.All.Count(l => !l.IsScene) : 0);
        long bytes = primitives * dataset.Images.Count * grid.WordsPerImage * sizeof(ulong);
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (bytes > available / 2)
            throw new UserInputException(
                $"Label masks at {grid} for {dataset.Images.Count} images and {primitives} primitives need {bytes / 1e9:F1} GB, more than half of this machine's {available / 1e9:F1} GB: use a smaller index (--index) or a later layer (--layer).");
    }

    /// <summary>Refuses a sweep whose results folder holds results of other settings, before any work.</summary>
    public static void CheckOutputFolder(SweepSpec spec)
    {
        try
        {
            OutputFolderSettings.Check(spec);
        }
        catch (OutputFolderConflictException error)
        {
            throw new UserInputException(error.Message, error);
        }
    }

    private static BrodenDataset OpenDataset(string folder, string index)
    {
        if (!Directory.Exists(folder)) throw new UserInputException($"--broden {folder} is not a folder.");
        try
        {
            var dataset = BrodenDataset.Open(folder, index);
            LabelMapFiles.CheckAll(dataset);
            return dataset;
        }
        catch (Exception error) when (error is BrodenFormatException or IOException)
        {
            throw new UserInputException($"Broden dataset {folder}: {error.Message}", error);
        }
    }

    /// <summary>Given activations must cover the dataset's images, one per index row, and any thresholds file every unit.</summary>
    private static (ActivationSpec Spec, int Units, GridShape Grid) Given(string activations, string? thresholdsOption, BrodenDataset dataset, string cacheFolder, TextWriter log)
    {
        var thresholds = thresholdsOption is { } path ? RequireFile(Path.GetFullPath(path), "--thresholds") : null;
        var (units, images, grid) = ShapeOf(activations);
        if (images != dataset.Images.Count)
            throw new UserInputException(
                $"--activations {activations} holds {images} images, but the index {Path.Combine(dataset.Root, dataset.IndexFile)} has {dataset.Images.Count} rows: give the activations of exactly these images, in index order.");
        if (thresholds is not null) CheckThresholds(thresholds, units);
        string fingerprint = ContentFingerprint.Of([activations]);
        var spec = new ActivationSpec
        {
            File = IsImageMajor(activations) ? NeuronMajor(activations, fingerprint, dataset, cacheFolder, log) : activations,
            ThresholdsFile = thresholds,
            Fingerprint = thresholds is null ? fingerprint : $"{fingerprint}-{ContentFingerprint.Of([thresholds])}",
        };
        return (spec, units, grid);
    }

    private static bool IsImageMajor(string activations) => activations.EndsWith(".npy", StringComparison.OrdinalIgnoreCase);

    /// <summary>A numpy export is read as a neuron-major store, imported once into the cache folder.</summary>
    private static string NeuronMajor(string npy, string fingerprint, BrodenDataset dataset, string cacheFolder, TextWriter log)
    {
        var store = Path.Combine(cacheFolder, "activations", $"{Path.GetFileNameWithoutExtension(npy)}_{fingerprint[..16]}.store");
        if (File.Exists(store)) return store;
        log.WriteLine($"Importing {npy} as a neuron-major store (once): {store}");
        var identity = new ActivationStoreIdentity(
            $"imported {Path.GetFileName(npy)}", SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)),
            $"{Path.GetFileName(dataset.Root)}/{dataset.IndexFile}", SHA256.HashData(Encoding.UTF8.GetBytes(ContentFingerprint.OfDataset(dataset.Root))));
        try
        {
            return NeuronMajorImport.Import(npy, store, identity);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or ActivationStoreException)
        {
            throw new UserInputException($"--activations {npy}: cannot import it into {store}: {error.Message}", error);
        }
    }

    private static void CheckThresholds(string file, int units)
    {
        double[] values;
        try
        {
            values = NpyArrays.ReadVector(file);
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            throw new UserInputException($"--thresholds {file}: {error.Message}", error);
        }
        if (values.Length != units)
            throw new UserInputException($"--thresholds {file} holds {values.Length} thresholds, but the activations have {units} units.");
        int bad = Array.FindIndex(values, v => !double.IsFinite(v));
        if (bad >= 0)
            throw new UserInputException($"--thresholds {file}: threshold {bad} is {values[bad]}, expected a finite number.");
    }

    /// <summary>
    /// Reads the checkpoint here, so that a bad one is one line now; the cluster extracts the
    /// activations into a store named after the model, layer, index, device kind and fingerprints.
    /// </summary>
    private static (ActivationSpec Spec, int Units, GridShape Grid) ToProbe(JobSettings settings, BrodenDataset dataset, string outRoot, string device, TextWriter log)
    {
        var modelPath = settings.Inputs.Model is { } model
            ? RequireFile(Path.GetFullPath(model), "--model")
            : DemoInputs.EnsureModel(Path.Combine(outRoot, "demo", "resnet18-random.pt"), log);
        if (!Enum.TryParse<ProbedLayer>(settings.Inputs.Layer, ignoreCase: true, out var layer) || !Enum.IsDefined(layer))
            throw new UserInputException($"--layer '{settings.Inputs.Layer}' is not one of layer1, layer2, layer3, layer4.");
        if (settings.Inputs.ShardImages <= 0 || settings.Inputs.ShardImages % ProbeBatch != 0)
            throw new UserInputException($"--shard-images {settings.Inputs.ShardImages} is not a positive multiple of {ProbeBatch}, the probing batch size.");
        var probe = new ProbeSpec { ModelFile = modelPath, Layer = layer.ToString().ToLowerInvariant(), Device = device, Images = dataset.Images.Count, ShardImages = settings.Inputs.ShardImages };
        try
        {
            using var network = ResNetCheckpoint.Load(modelPath);
            var images = new ProbeImageSet(dataset.ImagesFolder, [.. dataset.Images.Select(i => i.Image)]);
            var options = ProbeShardRunner.Options(probe);
            var identity = ActivationExtractor.Identity(network, images, options);
            string weights = Convert.ToHexStringLower(identity.ModelFingerprint), probed = Convert.ToHexStringLower(identity.DatasetFingerprint);
            // The fingerprints in the name keep a store made from other weights, images or decoding from being taken for this one.
            var store = Path.Combine(outRoot, "activations",
                $"{Path.GetFileNameWithoutExtension(modelPath)}_{probe.Layer}_{Path.GetFileNameWithoutExtension(dataset.IndexFile)}_{device}_{weights[..8]}{probed[..8]}.store");
            var spec = new ActivationSpec
            {
                File = store,
                Fingerprint = $"{weights}-{probed}",
                Probe = probe,
            };
            var (units, grid) = ActivationExtractor.StoreShape(network.Architecture, options);
            return (spec, units, grid);
        }
        catch (Exception error) when (error is CheckpointException or ProbeImageException)
        {
            throw new UserInputException(error.Message, error);
        }
    }

    private static (int Units, int Images, GridShape Grid) ShapeOf(string activations)
    {
        try
        {
            using var file = ActivationFiles.Open(activations);
            return (file.Units, file.Images, file.Grid);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or ActivationStoreException)
        {
            throw new UserInputException($"--activations {activations}: {error.Message}", error);
        }
    }

    private static string RequireFile(string path, string option) =>
        File.Exists(path) ? path : throw new UserInputException($"{option} {path} does not exist.");
}
