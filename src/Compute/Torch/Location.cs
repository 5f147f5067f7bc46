using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>Where a computed mask lives: one row of a 2-D int64 tensor on the device.</summary>
internal readonly record struct Location(Tensor Source, long Row);
