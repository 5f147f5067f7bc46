namespace NeuronOrleans.Grains;

/// <summary>
/// One neuron of one sweep (key: <c>{sweepId}/{neuron}</c>). Owns its activation slice and runs
/// its search in the background on the silo whose worker started it.
/// </summary>
public interface INeuronGrain : IGrainWithStringKey
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

public static class NeuronGrainKeys
{
    public static string For(string sweepId, int neuron) => $"{sweepId}/{neuron}";

    public static int NeuronOf(string key) => int.Parse(key[(key.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    public static string SweepOf(string key) => key[..key.LastIndexOf('/')];
}
