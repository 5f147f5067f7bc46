namespace NeuronOrleans.Grains.Hosting;

/// <summary>Per-silo knobs of the neuron search.</summary>
public sealed class NeuronOrleansSiloOptions
{
    /// <summary>Searches running at once on this silo; 0 means one per core.</summary>
    public int MaxConcurrentSearches { get; set; }
}
