namespace NeuronOrleans.Grains.Sweeps;

/// <summary>Writes a finished sweep's files (CSV, history, HTML) and says where.</summary>
public interface ISweepOutputs
{
    /// <summary>The folder the outputs of this spec go to.</summary>
    string OutputFolder(SweepSpec spec);

    Task WriteAsync(SweepSpec spec, IReadOnlyList<NeuronOutcome> outcomes, CancellationToken cancellation);
}
