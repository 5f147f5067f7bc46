namespace NeuronOrleans.Grains;

/// <summary>The kinds of silo the cluster tells apart when it hands out work.</summary>
public static class ComputeKinds
{
    /// <summary>The CPU engine (SIMD on packed masks) and CPU libtorch for probing.</summary>
    public const string Cpu = "cpu";

    /// <summary>The tensor backend: CUDA on a GPU silo (or its CPU-tensor stand-in where tests say so).</summary>
    public const string Gpu = "gpu";
}
