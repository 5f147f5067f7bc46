using System.CommandLine;
using System.CommandLine.Parsing;

namespace NeuronOrleans.Coordinator.Cli;

/// <summary>The command-line options of a job; each overrides the settings file when given.</summary>
public sealed class JobOptions
{
    private readonly Option<string> _settings = new("--settings") { Description = "JSON file with any of these settings (camelCase names)" };
    private readonly Option<string> _broden = new("--broden") { Description = "Broden folder (default: a generated demo dataset)" };
    private readonly Option<string> _index = new("--index") { Description = "Index file in the Broden folder (default index_ade20k.csv)" };
    private readonly Option<string> _model = new("--model") { Description = "Checkpoint to probe, e.g. resnet18_places365.pth.tar (default: random-weight ResNet-18)" };
    private readonly Option<string> _layer = new("--layer") { Description = "Probed layer: layer1..layer4 (default layer4)" };
    private readonly Option<int> _shardImages = new("--shard-images") { Description = "Probe images per shard handed to a silo; a multiple of 32 (default 512)" };
    private readonly Option<string> _neurons = new("--neurons") { Description = "Neuron range, e.g. 0-511 (default: all units)" };
    private readonly Option<int> _maxLength = new("--max-length") { Description = "Longest formula, in labels (default 3)" };
    private readonly Option<int> _beam = new("--beam") { Description = "Beam size (default 4)" };
    private readonly Option<int> _candidates = new("--candidates") { Description = "Candidate primitives per pass (default 50)" };
    private readonly Option<string> _operators = new("--operators") { Description = "close | standard (default close)" };
    private readonly Option<string> _score = new("--score") { Description = "Optimised score: iou | imrou | imroun (default imroun)" };
    private readonly Option<string> _reportScore = new("--report-score") { Description = "Score shown in reports: iou | imrou | imroun (default imroun)" };
    private readonly Option<double> _r = new("--r") { Description = "r of ImRoU_r (default 0.75)" };
    private readonly Option<bool> _expansions = new("--expansions") { Description = "Use EXPAND (-X) primitives (default)" };
    private readonly Option<bool> _noExpansions = new("--no-expansions") { Description = "No EXPAND (-X) primitives" };
    private readonly Option<string> _downsampling = new("--downsampling") { Description = "Label masks at 7x7: block | bilinear (default block)" };
    private readonly Option<string> _search = new("--search") { Description = "original | thorough: the original's candidates only, or every primitive as an operand (default original)" };
    private readonly Option<bool> _certify = new("--certify") { Description = "Certify each answer: the best formula of length <= 2 and the gap to it (also on a finished sweep, without searching again)" };
    private readonly Option<bool> _noAbort = new("--no-abort") { Description = "Never abandon CLOSE formulas early" };
    private readonly Option<bool> _easy = new("--easy") { Description = "Easy mode: only images where the neuron fires" };
    private readonly Option<string> _out = new("--out") { Description = "Output folder (default neuron-orleans-out)" };
    private readonly Option<string> _cache = new("--cache") { Description = "Folder for derived caches such as label masks (default: cache under --out); never an input folder" };
    private readonly Option<string> _activations = new("--activations") { Description = "Activations instead of probing: .npy [images, units, h, w] or inspected_neurons.mmap" };
    private readonly Option<string> _thresholds = new("--thresholds") { Description = "Per-unit thresholds (.npy) instead of the exact quantile" };
    private readonly Option<bool> _noHtml = new("--no-html") { Description = "Skip the HTML report (CSV and history are always written)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _settings, _broden, _index, _model, _layer, _shardImages, _neurons, _maxLength, _beam, _candidates, _operators, _score, _reportScore, _r, _expansions, _noExpansions, _downsampling, _search, _certify, _noAbort, _easy, _out, _cache, _activations, _thresholds, _noHtml })
            command.Options.Add(option);
    }

    public JobSettings Read(ParseResult parse)
    {
        var settings = parse.GetValue(_settings) is { } file ? JobSettings.FromFile(file) : new JobSettings();
        if (Given(parse, _expansions) && Given(parse, _noExpansions))
            throw new UserInputException("--expansions and --no-expansions exclude each other.");
        return settings with
        {
            Broden = Pick(parse, _broden, settings.Broden),
            Index = Pick(parse, _index, settings.Index)!,
            Model = Pick(parse, _model, settings.Model),
            Layer = Pick(parse, _layer, settings.Layer)!,
            ShardImages = Pick(parse, _shardImages, settings.ShardImages),
            Neurons = Pick(parse, _neurons, settings.Neurons),
            MaxLength = Pick(parse, _maxLength, settings.MaxLength),
            Beam = Pick(parse, _beam, settings.Beam),
            Candidates = Pick(parse, _candidates, settings.Candidates),
            Operators = Pick(parse, _operators, settings.Operators)!,
            Score = Pick(parse, _score, settings.Score)!,
            ReportScore = Pick(parse, _reportScore, settings.ReportScore)!,
            R = Pick(parse, _r, settings.R),
            Expansions = Given(parse, _noExpansions) ? false : Given(parse, _expansions) || settings.Expansions,
            Downsampling = Pick(parse, _downsampling, settings.Downsampling)!,
            Search = Pick(parse, _search, settings.Search)!,
            Certify = Given(parse, _certify) || settings.Certify,
            Abort = !Given(parse, _noAbort) && settings.Abort,
            Easy = Given(parse, _easy) || settings.Easy,
            Out = Pick(parse, _out, settings.Out)!,
            Cache = Pick(parse, _cache, settings.Cache),
            Activations = Pick(parse, _activations, settings.Activations),
            Thresholds = Pick(parse, _thresholds, settings.Thresholds),
            Html = !Given(parse, _noHtml) && settings.Html,
        };
    }

    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static T? Pick<T>(ParseResult parse, Option<T> option, T? fallback) => Given(parse, option) ? parse.GetValue(option) : fallback;
}
