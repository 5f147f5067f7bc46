namespace NeuronOrleans.Grains;

/// <summary>
/// A model to probe in the cluster: its activations on the dataset's images are extracted shard by
/// shard on the silos into <see cref="ActivationSpec.File"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProbeSpec
{
    [Id(0)] public required string ModelFile { get; init; }
    /// <summary>layer1..layer4.</summary>
    [Id(1)] public required string Layer { get; init; }
    /// <summary>Probe images per shard: the unit of work handed to a silo and redone after a crash.</summary>
    [Id(2)] public int ShardImages { get; init; } = 512;
    /// <summary>
    /// Which kind of silo extracts (<see cref="ComputeKinds"/>): CUDA and CPU kernels do not give
    /// bit-identical activations, so one sweep probes on one kind.
    /// </summary>
    [Id(3)] public string Device { get; init; } = ComputeKinds.Cpu;
    /// <summary>Probe images in the dataset's index, in order.</summary>
    [Id(4)] public required int Images { get; init; }
}
