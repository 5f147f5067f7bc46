namespace NeuronOrleans.Grains.Hosting;

/// <summary>Per-silo knobs of the work this silo takes.</summary>
public sealed class NeuronOrleansSiloOptions
{
    /// <summary>Searches running at once on this silo; 0 means one per core.</summary>
    public int MaxConcurrentSearches { get; set; }

    /// <summary>How often the silo's worker reports progress and asks for work while it has free slots.</summary>
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Memory the silo keeps label-mask banks in (about 425 MB for full-size Broden at 7×7): beyond
    /// it the least recently used bank is dropped, and loaded again from its cache file when asked.
    /// </summary>
    public long MaskBankMemory { get; set; } = 2L << 30;

    public int SearchSlots => MaxConcurrentSearches > 0 ? MaxConcurrentSearches : Environment.ProcessorCount;
}
