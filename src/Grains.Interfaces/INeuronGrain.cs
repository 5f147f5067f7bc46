namespace NeuronOrleans.Grains;

/// <summary>
/// One neuron of one sweep (key: the neuron's index, with the sweep id as key extension). Owns its
/// activation slice and runs its search in the background on the silo whose worker started it.
/// </summary>
public interface INeuronGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Starts or continues the search and returns at once; idempotent.</summary>
    Task<NeuronProgress> Start(SweepSpec spec);

    Task<NeuronProgress> GetProgress();

    /// <summary>The finished result; null while the search runs.</summary>
    Task<NeuronOutcome?> GetOutcome();

    /// <summary>Stops after the current pass; the checkpoint stays for a later resume.</summary>
    Task Cancel();

    /// <summary>Forgets a failure, so that the next <see cref="Start"/> searches again; a result stays.</summary>
    Task Retry();
}

public static class NeuronGrains
{
    public static INeuronGrain Neuron(this IGrainFactory grains, string sweepId, int neuron) => grains.GetGrain<INeuronGrain>(neuron, sweepId);
}
