namespace NeuronOrleans.Coordinator.Cli;

/// <summary>
/// What a job reads and where it writes: the settings of a job that are not the library's. A settings
/// file names each by its property name in camelCase.
/// </summary>
public sealed record JobInputs
{
    /// <summary>Broden folder; none means the generated demo dataset.</summary>
    public string? Broden { get; init; }
    /// <summary>Index file inside the Broden folder.</summary>
    public string Index { get; init; } = "index_ade20k.csv";
    /// <summary>Checkpoint to probe; none (and no activations) means a random-weight ResNet-18.</summary>
    public string? Model { get; init; }
    /// <summary>Probed layer: layer1..layer4.</summary>
    public string Layer { get; init; } = "layer4";
    /// <summary>Probe images per shard: the unit of probing work a silo takes, and redoes after a crash.</summary>
    public int ShardImages { get; init; } = 512;
    /// <summary>Neuron range like 0-511; none means every unit of the layer.</summary>
    public string? Neurons { get; init; }
    /// <summary>Certify each answer against every formula of length ≤ 2 (ALGORITHM §6.8).</summary>
    public bool Certify { get; init; }
    /// <summary>Output folder.</summary>
    public string Out { get; init; } = "neuron-orleans-out";
    /// <summary>Folder for derived caches (label masks); none means <c>cache</c> under <see cref="Out"/>. Inputs may be read-only.</summary>
    public string? Cache { get; init; }
    /// <summary>Bring-your-own activations: .npy [images, units, h, w] or the original's inspected_neurons.mmap.</summary>
    public string? Activations { get; init; }
    /// <summary>Per-unit thresholds (.npy) instead of the exact quantile.</summary>
    public string? Thresholds { get; init; }
}
