using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NeuronOrleans.Grains;

/// <summary>
/// Derives a sweep's identity from what determines its results: the same work always maps to the
/// same grain. Report options and the folders outputs and caches go to are left out.
/// </summary>
public static class SweepIds
{
    /// <summary>
    /// Raised whenever a rule of the algorithm or a stored format changes, so that no sweep
    /// computed under the old rule is taken for one under the new.
    /// </summary>
    public const int AlgorithmVersion = 4;

    public static string For(SweepSpec spec)
    {
        var determinants = new { Settings = Settings(spec), spec.FirstNeuron, spec.LastNeuron };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(determinants, Json)));
        return "sweep-" + Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>
    /// What determines every neuron's result, less the neuron range and the machine-local cache
    /// folder: also what an output folder records, which ranges of the same settings share.
    /// </summary>
    public static JsonNode Settings(SweepSpec spec) => JsonSerializer.SerializeToNode(new
    {
        AlgorithmVersion,
        Dataset = spec.Dataset with { CacheFolder = "" },
        spec.Activations,
        spec.Search,
    }, Json)!;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
}
