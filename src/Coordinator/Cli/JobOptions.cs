using System.CommandLine;
using System.Globalization;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Probing.Extraction;

namespace NeuronOrleans.Coordinator.Cli;

/// <summary>
/// The command-line options of a job; each overrides the settings file when given. Defaults are the
/// settings records' own, shown in the help as they are.
/// </summary>
public sealed class JobOptions
{
    private static readonly JobSettings Defaults = new();

    private readonly Option<string> _settings = new("--settings") { Description = "JSON file with any of these settings (camelCase names)" };
    private readonly Option<string> _broden = new("--broden") { Description = "Broden folder (default: a generated demo dataset)" };
    private readonly Option<string> _index = new("--index") { Description = $"Index file in the Broden folder (default {Defaults.Inputs.Index})" };
    private readonly Option<string> _model = new("--model") { Description = "Checkpoint to probe, e.g. resnet18_places365.pth.tar (default: random-weight ResNet-18)" };
    private readonly Option<string> _layer = new("--layer") { Description = $"Probed layer: layer1..layer4 (default {Defaults.Inputs.Layer})" };
    private readonly Option<int> _shardImages = new("--shard-images") { Description = $"Probe images per shard handed to a silo; a multiple of {new ExtractionOptions().BatchSize}, the probing batch size (default {Defaults.Inputs.ShardImages})" };
    private readonly Option<string> _neurons = new("--neurons") { Description = "Neuron range, e.g. 0-511 (default: all units)" };
    private readonly Option<int> _maxLength = new("--max-length") { Description = $"Longest formula, in labels (default {Defaults.Search.MaxFormulaLength})" };
    private readonly Option<int> _beam = new("--beam") { Description = $"Beam size (default {Defaults.Search.BeamSize})" };
    private readonly Option<int> _candidates = new("--candidates") { Description = $"Candidate primitives per pass (default {Defaults.Search.CandidateCount})" };
    private readonly Option<string> _operators = EnumOption("--operators", "Connectors", Defaults.Search.Operators);
    private readonly Option<string> _score = EnumOption("--score", "Optimised score", Defaults.Search.Score);
    private readonly Option<string> _reportScore = EnumOption("--report-score", "Score shown in reports", Defaults.Report.ReportScore);
    private readonly Option<double> _r = new("--r") { Description = $"r of ImRoU_r (default {Defaults.Search.ImrouMultiplier.ToString(CultureInfo.InvariantCulture)})" };
    private readonly Option<bool> _expansions = new("--expansions") { Description = "Use EXPAND (-X) primitives (default)" };
    private readonly Option<bool> _noExpansions = new("--no-expansions") { Description = "No EXPAND (-X) primitives" };
    private readonly Option<string> _downsampling = EnumOption("--downsampling", "Label masks at the layer's grid", Defaults.MaskBank.Downsampling);
    private readonly Option<string> _search = EnumOption("--search", "The original's candidates only, or every primitive as an operand", Defaults.Search.Mode);
    private readonly Option<bool> _certify = new("--certify") { Description = "Certify each answer: the best formula of length <= 2 and the gap to it (also on a finished sweep, without searching again)" };
    private readonly Option<bool> _noAbort = new("--no-abort") { Description = "Never abandon CLOSE formulas early" };
    private readonly Option<bool> _easy = new("--easy") { Description = "Easy mode: only images where the neuron fires" };
    private readonly Option<string> _out = new("--out") { Description = $"Output folder (default {Defaults.Inputs.Out})" };
    private readonly Option<string> _cache = new("--cache") { Description = "Folder for derived caches such as label masks (default: cache under --out); never an input folder" };
    private readonly Option<string> _activations = new("--activations") { Description = "Activations instead of probing: .npy [images, units, h, w] or inspected_neurons.mmap" };
    private readonly Option<string> _thresholds = new("--thresholds") { Description = "Per-unit thresholds (.npy) instead of the exact quantile" };
    private readonly Option<bool> _noHtml = new("--no-html") { Description = "Skip the HTML report (CSV and history are always written)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _settings, _broden, _index, _model, _layer, _shardImages, _neurons, _maxLength, _beam, _candidates, _operators, _score, _reportScore, _r, _expansions, _noExpansions, _downsampling, _search, _certify, _noAbort, _easy, _out, _cache, _activations, _thresholds, _noHtml })
            command.Options.Add(option);
    }

    /// <summary>The settings file's values with the given options laid over them, checked.</summary>
    /// <exception cref="UserInputException">A value is malformed or out of range; the message names its option.</exception>
    public JobSettings Read(ParseResult parse)
    {
        var file = parse.GetValue(_settings) is { } path ? SettingsFile.Read(path) : new JobSettings();
        if (Given(parse, _expansions) && Given(parse, _noExpansions))
            throw new UserInputException("--expansions and --no-expansions exclude each other.");
        var settings = new JobSettings
        {
            Inputs = file.Inputs with
            {
                Broden = Pick(parse, _broden, file.Inputs.Broden),
                Index = Pick(parse, _index, file.Inputs.Index)!,
                Model = Pick(parse, _model, file.Inputs.Model),
                Layer = Pick(parse, _layer, file.Inputs.Layer)!,
                ShardImages = Pick(parse, _shardImages, file.Inputs.ShardImages),
                Neurons = Pick(parse, _neurons, file.Inputs.Neurons),
                Certify = Given(parse, _certify) || file.Inputs.Certify,
                Out = Pick(parse, _out, file.Inputs.Out)!,
                Cache = Pick(parse, _cache, file.Inputs.Cache),
                Activations = Pick(parse, _activations, file.Inputs.Activations),
                Thresholds = Pick(parse, _thresholds, file.Inputs.Thresholds),
            },
            Search = file.Search with
            {
                MaxFormulaLength = Pick(parse, _maxLength, file.Search.MaxFormulaLength),
                BeamSize = Pick(parse, _beam, file.Search.BeamSize),
                CandidateCount = Pick(parse, _candidates, file.Search.CandidateCount),
                Operators = PickEnum(parse, _operators, file.Search.Operators),
                Score = PickEnum(parse, _score, file.Search.Score),
                ImrouMultiplier = Pick(parse, _r, file.Search.ImrouMultiplier),
                Mode = PickEnum(parse, _search, file.Search.Mode),
                Abort = !Given(parse, _noAbort) && file.Search.Abort,
                EasyMode = Given(parse, _easy) || file.Search.EasyMode,
            },
            MaskBank = file.MaskBank with
            {
                Downsampling = PickEnum(parse, _downsampling, file.MaskBank.Downsampling),
                Expansions = Given(parse, _noExpansions) ? false : Given(parse, _expansions) || file.MaskBank.Expansions,
            },
            Report = file.Report with
            {
                ReportScore = PickEnum(parse, _reportScore, file.Report.ReportScore),
                Html = !Given(parse, _noHtml) && file.Report.Html,
            },
        };
        Check(settings.Search.Validate, settings.Search);
        Check(settings.MaskBank.Validate, settings.MaskBank);
        return settings;
    }

    /// <summary>"--beam 0: must be at least 1." from the library's "Search setting BeamSize must be at least 1."</summary>
    private void Check(Action validate, object record)
    {
        try
        {
            validate();
        }
        catch (ArgumentException error) when (error.ParamName is { } setting)
        {
            string name = OptionFor(setting)?.Name ?? setting;
            object? value = record.GetType().GetProperty(setting)?.GetValue(record);
            // ArgumentException appends " (Parameter 'BeamSize')": the option already names it.
            string message = error.Message.Replace($" (Parameter '{setting}')", "", StringComparison.Ordinal);
            int rule = message.IndexOf(" must ", StringComparison.Ordinal);
            throw new UserInputException($"{name} {Text(value)}: {(rule >= 0 ? message[(rule + 1)..] : message)}", error);
        }
    }

    private Option? OptionFor(string setting) => setting switch
    {
        nameof(SearchSettings.MaxFormulaLength) => _maxLength,
        nameof(SearchSettings.BeamSize) => _beam,
        nameof(SearchSettings.CandidateCount) => _candidates,
        nameof(SearchSettings.ImrouMultiplier) => _r,
        nameof(SearchSettings.Operators) => _operators,
        nameof(SearchSettings.Score) => _score,
        nameof(SearchSettings.Mode) => _search,
        nameof(MaskBankSettings.Downsampling) => _downsampling,
        _ => null,
    };

    private static Option<string> EnumOption<T>(string name, string description, T fallback) where T : struct, Enum =>
        new(name) { Description = $"{description}: {string.Join(" | ", Names<T>())} (default {Text(fallback)})" };

    private static T PickEnum<T>(ParseResult parse, Option<string> option, T fallback) where T : struct, Enum
    {
        if (!Given(parse, option)) return fallback;
        string value = parse.GetValue(option)!;
        var match = Enum.GetValues<T>().Where(v => Text(v) == value).ToList();
        if (match.Count == 1) return match[0];
        var names = Names<T>().Select(n => $"'{n}'").ToList();
        throw new UserInputException($"{option.Name} {value}: must be {string.Join(", ", names[..^1])} or {names[^1]}, not '{value}'.");
    }

    private static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Text(v));

    private static string Text(object? value) => value is Enum ? value.ToString()!.ToLowerInvariant() : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static T? Pick<T>(ParseResult parse, Option<T> option, T? fallback) => Given(parse, option) ? parse.GetValue(option) : fallback;
}
