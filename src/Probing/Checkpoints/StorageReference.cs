namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>
/// A storage named by a pickle persistent id. <see cref="Offset"/> (in elements) is non-zero only
/// for legacy storage views, which share the bytes of their root storage.
/// </summary>
public sealed record StorageReference(string Key, StorageElement Element, long ElementCount, long Offset);
