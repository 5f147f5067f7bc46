namespace NeuronOrleans.Probing.Storage;

/// <summary>An activation store that is unreadable, incomplete or made for another model or dataset; the message names the file.</summary>
public sealed class ActivationStoreException(string message, Exception? inner = null) : Exception(message, inner);
