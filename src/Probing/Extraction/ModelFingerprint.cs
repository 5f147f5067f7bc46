using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using NeuronOrleans.Probing.Models;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>SHA-256 of the architecture, the probed layer and every weight, so equal weights match whatever file format they came from.</summary>
public static class ModelFingerprint
{
    public static byte[] Of(ResNet model, ProbedLayer layer)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{model.Architecture}\n{layer}\n"));
        foreach (var (name, tensor) in ResNetCheckpoint.StateDict(model))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}{tensor.ShapeText}\n"));
            hash.AppendData(MemoryMarshal.AsBytes(tensor.Values.AsSpan()));
        }
        return hash.GetHashAndReset();
    }
}
