namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>A checkpoint that cannot be read or does not fit the model; the message names the file.</summary>
public sealed class CheckpointException(string message, Exception? inner = null) : Exception(message, inner);
