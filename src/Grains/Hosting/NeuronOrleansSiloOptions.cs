namespace NeuronOrleans.Grains.Hosting;

/// <summary>Per-silo knobs of the work this silo takes.</summary>
public sealed class NeuronOrleansSiloOptions
{
    /// <summary>Searches running at once on this silo; 0 means one per core.</summary>
    public int MaxConcurrentSearches { get; set; }

    /// <summary>How often the silo's worker reports progress and asks for work while it has free slots.</summary>
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int SearchSlots => MaxConcurrentSearches > 0 ? MaxConcurrentSearches : Environment.ProcessorCount;
}
