namespace NeuronOrleans.Coordinator;

/// <summary>What the command's exit status tells a script.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Something went wrong while running (a crash, an unreachable cluster).</summary>
    public const int Error = 1;
    /// <summary>Bad input: a missing dataset or model, an out-of-range neuron, a malformed formula.</summary>
    public const int BadInput = 2;
    /// <summary>The sweep finished, but some neurons failed (see the CSV's status column).</summary>
    public const int NeuronsFailed = 3;
    /// <summary>The sweep is not finished (status of a running sweep, or interrupted).</summary>
    public const int NotFinished = 4;
}
