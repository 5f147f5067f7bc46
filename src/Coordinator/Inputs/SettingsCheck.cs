using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Coordinator.Inputs;

/// <summary>
/// The job's settings, checked first of all, before any input is read: one line that names the
/// command-line option, its value and the rule it breaks.
/// </summary>
internal static class SettingsCheck
{
    public static void Run(JobSettings settings)
    {
        Check("--operators", settings.Operators, () => SettingsMapping.ParseOperators(settings.Operators));
        Check("--search", settings.Search, () => SettingsMapping.ParseMode(settings.Search));
        Check("--score", settings.Score, () => SettingsMapping.ParseScore(settings.Score));
        Check("--report-score", settings.ReportScore, () => SettingsMapping.ParseScore(settings.ReportScore));
        Check("--downsampling", settings.Downsampling, () => new DatasetSpec { Folder = "", Downsampling = settings.Downsampling }.ToMaskBankSettings());
        var knobs = new (string Setting, string Option, object Value)[]
        {
            ("MaxFormulaLength", "--max-length", settings.MaxLength),
            ("BeamSize", "--beam", settings.Beam),
            ("CandidateCount", "--candidates", settings.Candidates),
            ("ImrouMultiplier", "--r", settings.R),
        };
        try
        {
            Search(settings).ToSearchSettings();
        }
        catch (ArgumentException error) when (knobs.Any(k => k.Setting == error.ParamName))
        {
            var (_, option, value) = knobs.First(k => k.Setting == error.ParamName);
            throw Refused(option, value, error);
        }
    }

    /// <summary>The search knobs of the job as the sweep carries them.</summary>
    public static SearchSpec Search(JobSettings settings) => new()
    {
        MaxFormulaLength = settings.MaxLength,
        BeamSize = settings.Beam,
        CandidateCount = settings.Candidates,
        Operators = settings.Operators,
        Score = settings.Score,
        ImrouMultiplier = settings.R,
        Mode = settings.Search,
        Abort = settings.Abort,
        EasyMode = settings.Easy,
    };

    private static void Check(string option, string value, Action parse)
    {
        try
        {
            parse();
        }
        catch (ArgumentException error)
        {
            throw Refused(option, value, error);
        }
    }

    /// <summary>"--beam 0: must be at least 1." from the engine's "Search setting BeamSize must be at least 1."</summary>
    private static UserInputException Refused(string option, object value, ArgumentException error)
    {
        // ArgumentException appends " (Parameter 'BeamSize')": the option already names it.
        string message = error.ParamName is { } parameter ? error.Message.Replace($" (Parameter '{parameter}')", "", StringComparison.Ordinal) : error.Message;
        int rule = message.IndexOf(" must ", StringComparison.Ordinal);
        string text = rule >= 0 ? message[(rule + 1)..] : message;
        return new UserInputException($"{option} {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}: {text}", error);
    }
}
