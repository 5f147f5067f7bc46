using System.Text.Json;
using System.Text.Json.Nodes;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Grains.Sweeps;

/// <summary>
/// The settings a results folder holds results of, kept beside them in <see cref="FileName"/>.
/// Folder names follow the original (ALGORITHM §7), which leaves out most settings and names ImRoU
/// and ImRoUn runs alike; several neuron ranges of the same settings share a folder, as in the
/// original (files carry <c>{L}_{U}</c>), while a run of other settings is refused, naming both.
/// </summary>
public static class OutputFolderSettings
{
    public const string FileName = "neuron-orleans-settings.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string FolderFor(SweepSpec spec) => Path.Combine(
        Path.GetFullPath(spec.Outputs.OutputRoot),
        ReportNames.OutputFolder(spec.Search, spec.Dataset.MaskBank.Expansions, spec.Dataset.MaskBank.ExpansionThreshold));

    /// <summary>Throws <see cref="OutputFolderConflictException"/> when the folder holds results of other settings.</summary>
    public static void Check(SweepSpec spec)
    {
        string file = Path.Combine(FolderFor(spec), FileName);
        if (!File.Exists(file)) return;
        var folder = Flatten(JsonNode.Parse(File.ReadAllText(file)));
        var run = Flatten(SweepIds.Settings(spec));
        var differences = folder.Keys.Union(run.Keys).Order(StringComparer.Ordinal)
            .Where(key => folder.GetValueOrDefault(key) != run.GetValueOrDefault(key))
            .Select(key => $"{key} {folder.GetValueOrDefault(key) ?? "(none)"} there, {run.GetValueOrDefault(key) ?? "(none)"} here")
            .ToList();
        if (differences.Count > 0)
            throw new OutputFolderConflictException(
                $"{FolderFor(spec)} holds results of other settings ({string.Join("; ", differences)}): give another --out, or remove that folder.");
    }

    /// <summary>Checks the folder and records this sweep's settings in it when none are recorded yet.</summary>
    public static void Claim(SweepSpec spec)
    {
        Check(spec);
        string file = Path.Combine(FolderFor(spec), FileName);
        if (File.Exists(file)) return;
        Directory.CreateDirectory(FolderFor(spec));
        AtomicFile.WriteText(file, SweepIds.Settings(spec).ToJsonString(Indented) + "\n");
    }

    private static Dictionary<string, string?> Flatten(JsonNode? node)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        Visit(node, "", values);
        return values;

        static void Visit(JsonNode? node, string path, Dictionary<string, string?> values)
        {
            if (node is JsonObject obj)
                foreach (var (name, child) in obj) Visit(child, path.Length == 0 ? name : $"{path}.{name}", values);
            else values[path] = node?.ToJsonString();
        }
    }
}

/// <summary>A run would write into a results folder that holds results of other settings.</summary>
public sealed class OutputFolderConflictException(string message) : Exception(message);
