using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NeuronOrleans.Grains;

/// <summary>Derives a sweep's identity from its spec: the same work always maps to the same grain.</summary>
internal static class SweepIds
{
    public static string For(SweepSpec spec)
    {
        var canonical = JsonSerializer.Serialize(spec with { OutputRoot = Path.GetFullPath(spec.OutputRoot) });
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return "sweep-" + Convert.ToHexStringLower(hash)[..16];
    }
}
