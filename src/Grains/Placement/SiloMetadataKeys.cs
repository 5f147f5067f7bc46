namespace NeuronOrleans.Grains.Placement;

/// <summary>Silo metadata the silos advertise about their hardware.</summary>
public static class SiloMetadataKeys
{
    /// <summary>"true" once the silo's GPU backend passed its start-up self-test.</summary>
    public const string Gpu = "compute.gpu";
}
