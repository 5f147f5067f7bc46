using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeuronOrleans.Coordinator.Cli;

/// <summary>
/// Every setting of a job, mirroring the original program's settings. Read from an optional JSON
/// settings file (same names in camelCase), then overridden by options given on the command line.
/// </summary>
public sealed record JobSettings
{
    /// <summary>Broden folder; none means the generated demo dataset.</summary>
    public string? Broden { get; init; }
    /// <summary>Index file inside the Broden folder.</summary>
    public string Index { get; init; } = "index_ade20k.csv";
    /// <summary>Checkpoint to probe; none (and no activations) means a random-weight ResNet-18.</summary>
    public string? Model { get; init; }
    public string Layer { get; init; } = "layer4";
    /// <summary>Probe images per shard: the unit of probing work a silo takes, and redoes after a crash.</summary>
    public int ShardImages { get; init; } = 512;
    /// <summary>Neuron range like 0-511; none means every unit of the layer.</summary>
    public string? Neurons { get; init; }
    public int MaxLength { get; init; } = 3;
    public int Beam { get; init; } = 4;
    public int Candidates { get; init; } = 50;
    public string Operators { get; init; } = "close";
    public string Score { get; init; } = "imroun";
    public string ReportScore { get; init; } = "imroun";
    public double R { get; init; } = 0.75;
    public bool Expansions { get; init; } = true;
    public string Downsampling { get; init; } = "block";
    /// <summary>original | thorough (ALGORITHM §6.7).</summary>
    public string Search { get; init; } = "original";
    public bool Abort { get; init; } = true;
    /// <summary>Certify each answer against every formula of length ≤ 2 (ALGORITHM §6.8).</summary>
    public bool Certify { get; init; }
    public bool Easy { get; init; }
    public string Out { get; init; } = "neuron-orleans-out";
    /// <summary>Folder for derived caches (label masks); none means <c>cache</c> under <see cref="Out"/>. Inputs may be read-only.</summary>
    public string? Cache { get; init; }
    /// <summary>Bring-your-own activations: .npy [images, units, h, w] or the original's inspected_neurons.mmap.</summary>
    public string? Activations { get; init; }
    /// <summary>Per-unit thresholds (.npy) instead of the exact quantile.</summary>
    public string? Thresholds { get; init; }
    public bool Html { get; init; } = true;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JobSettings FromFile(string path)
    {
        if (!File.Exists(path)) throw new UserInputException($"Settings file {path} does not exist.");
        try
        {
            return JsonSerializer.Deserialize<JobSettings>(File.ReadAllText(path), Json)
                ?? throw new UserInputException($"Settings file {path} is empty.");
        }
        catch (JsonException error)
        {
            throw new UserInputException($"Settings file {path}: {error.Message}", error);
        }
    }
}
