namespace NeuronOrleans.Probing.Preprocessing;

/// <summary>A probe image that cannot be read, decoded or used; the message names the file.</summary>
public sealed class ProbeImageException(string message, Exception? inner = null) : Exception(message, inner);
