namespace NeuronOrleans.Grains;

/// <summary>The grain storage name: the same in every environment, only its provider changes.</summary>
public static class StorageNames
{
    public const string Sweeps = "sweeps";
}
