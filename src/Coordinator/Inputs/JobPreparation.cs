using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Coordinator.Display;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Probing.Checkpoints;
using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Import;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;
using NeuronOrleans.Probing.Storage;

namespace NeuronOrleans.Coordinator.Inputs;

/// <summary>
/// Turns the user's settings into a sweep spec: checks every input first (one clear error, before
/// any work), generates the demo inputs when none are given, and probes the model when its
/// activations are not stored yet.
/// </summary>
public static class JobPreparation
{
    public static SweepSpec Prepare(JobSettings settings, TextWriter log, CancellationToken cancellation)
    {
        var outRoot = Path.GetFullPath(settings.Out);
        var brodenFolder = settings.Broden is { } broden ? Path.GetFullPath(broden) : DemoInputs.EnsureDataset(Path.Combine(outRoot, "demo", "broden"), log);
        var dataset = OpenDataset(brodenFolder, settings.Index);
        var activations = settings.Activations is { } file
            ? RequireFile(Path.GetFullPath(file), "--activations")
            : Probe(settings, dataset, outRoot, log, cancellation);
        int units = UnitsOf(activations);
        var neurons = settings.Neurons is { } range ? NeuronRange.Parse(range).Within(units, activations) : new NeuronRange(0, units - 1);
        var spec = new SweepSpec
        {
            Dataset = new DatasetSpec
            {
                Folder = brodenFolder,
                IndexFile = settings.Index,
                Downsampling = settings.Downsampling,
                Expansions = settings.Expansions,
            },
            Activations = new ActivationSpec
            {
                File = activations,
                ThresholdsFile = settings.Thresholds is { } thresholds ? RequireFile(Path.GetFullPath(thresholds), "--thresholds") : null,
            },
            Search = new SearchSpec
            {
                MaxFormulaLength = settings.MaxLength,
                BeamSize = settings.Beam,
                CandidateCount = settings.Candidates,
                Operators = settings.Operators,
                Score = settings.Score,
                ImrouMultiplier = settings.R,
                Abort = settings.Abort,
                EasyMode = settings.Easy,
            },
            FirstNeuron = neurons.First,
            LastNeuron = neurons.Last,
            OutputRoot = outRoot,
            ReportScore = settings.ReportScore,
            HtmlReport = settings.Html,
        };
        Validate(spec);
        return spec;
    }

    /// <summary>Settings errors surface now, as one line, rather than as 512 failed neurons.</summary>
    private static void Validate(SweepSpec spec)
    {
        try
        {
            spec.Search.ToSearchSettings();
            spec.Dataset.ToMaskBankSettings();
            SettingsMapping.ParseScore(spec.ReportScore);
        }
        catch (ArgumentException error)
        {
            throw new UserInputException(error.Message, error);
        }
    }

    private static BrodenDataset OpenDataset(string folder, string index)
    {
        if (!Directory.Exists(folder)) throw new UserInputException($"--broden {folder} is not a folder.");
        try
        {
            return BrodenDataset.Open(folder, index);
        }
        catch (Exception error) when (error is BrodenFormatException or IOException)
        {
            throw new UserInputException($"Broden dataset {folder}: {error.Message}", error);
        }
    }

    private static string Probe(JobSettings settings, BrodenDataset dataset, string outRoot, TextWriter log, CancellationToken cancellation)
    {
        var modelPath = settings.Model is { } model
            ? RequireFile(Path.GetFullPath(model), "--model")
            : DemoInputs.EnsureModel(Path.Combine(outRoot, "demo", "resnet18-random.pt"), log);
        if (!Enum.TryParse<ProbedLayer>(settings.Layer, ignoreCase: true, out var layer) || !Enum.IsDefined(layer))
            throw new UserInputException($"--layer '{settings.Layer}' is not one of layer1, layer2, layer3, layer4.");
        var storePath = Path.Combine(outRoot, "activations",
            $"{Path.GetFileNameWithoutExtension(modelPath)}_{layer.ToString().ToLowerInvariant()}_{Path.GetFileNameWithoutExtension(dataset.IndexFile)}.store");
        try
        {
            using var network = ResNetCheckpoint.Load(modelPath);
            var images = new ProbeImageSet(dataset.ImagesFolder, [.. dataset.Images.Select(i => i.Image)]);
            if (!File.Exists(storePath)) log.WriteLine($"Probing {Path.GetFileName(modelPath)} {settings.Layer} on {images.Count} images into {storePath} ...");
            using var bar = new ProgressBar(log, "probing");
            var rate = new ExtractionRate();
            var progress = new Progress<ExtractionProgress>(p =>
            {
                bar.Show(p.ImagesDone, p.ImageCount, "images", null);
                rate.Report(p.ImagesDone);
            });
            using var store = ActivationExtractor.Extract(network, images, storePath, new ExtractionOptions { Layer = layer, Threads = Math.Max(1, Environment.ProcessorCount) }, progress, cancellation);
        }
        catch (Exception error) when (error is CheckpointException or ActivationStoreException or ProbeImageException)
        {
            throw new UserInputException(error.Message, error);
        }
        return storePath;
    }

    private static int UnitsOf(string activations)
    {
        try
        {
            using var file = ActivationFiles.Open(activations);
            return file.Units;
        }
        catch (Exception error) when (error is IOException or InvalidDataException or ActivationStoreException)
        {
            throw new UserInputException($"Activations {activations}: {error.Message}", error);
        }
    }

    private static string RequireFile(string path, string option) =>
        File.Exists(path) ? path : throw new UserInputException($"{option} {path} does not exist.");
}
