using NeuronOrleans.Compute.Torch;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Tests;

/// <summary>One CPU-tensor backend for the whole test run, as a silo has one per device.</summary>
internal static class TorchCpu
{
    public static readonly TorchCountBackend Shared = new(CPU);
}
