namespace NeuronOrleans.Silo.Configuration;

/// <summary>
/// A silo's settings, bound from the <c>NeuronOrleans</c> section of appsettings.json, environment
/// variables (<c>NeuronOrleans__Clustering=azure</c>) and the command line
/// (<c>--NeuronOrleans:Clustering azure</c>), later sources winning.
/// </summary>
public sealed class SiloSettings
{
    public const string Section = "NeuronOrleans";

    public string ClusterId { get; set; } = "neuron-orleans";
    public string ServiceId { get; set; } = "neuron-orleans";

    /// <summary>How silos find each other: localhost | azure | kubernetes.</summary>
    public ClusteringMode Clustering { get; set; } = ClusteringMode.Localhost;

    /// <summary>Where grain state lives: local (a folder) | azure (Blob storage).</summary>
    public StorageMode Storage { get; set; } = StorageMode.Local;

    /// <summary>Folder for grain state with local storage.</summary>
    public string DataFolder { get; set; } = "neuron-orleans-data";

    /// <summary>Azure Storage (or Azurite) connection string, for azure clustering, storage and reminders.</summary>
    public string? AzureStorageConnectionString { get; set; }

    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Localhost clustering only: the first silo's port, which the others join.</summary>
    public int PrimarySiloPort { get; set; } = 11111;

    /// <summary>Address announced to other silos; empty means the loopback address (localhost) or the host's.</summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>Port of the HTTP endpoints (/health, /metrics); 0 disables them.</summary>
    public int HttpPort { get; set; } = 8080;

    /// <summary>Use the GPU when there is one and it passes its start-up self-test.</summary>
    public bool Gpu { get; set; } = true;

    /// <summary>
    /// Run the tensor backend on CPU tensors instead of CUDA: the GPU code path, and a silo of the
    /// GPU kind, on a machine without one (for tests and comparisons; results are identical).
    /// </summary>
    public bool TensorBackendOnCpu { get; set; }

    /// <summary>Searches at once on this silo; 0 means one per core.</summary>
    public int MaxConcurrentSearches { get; set; }

    /// <summary>Megabytes of label-mask banks a silo keeps loaded; the least recently used beyond it is dropped.</summary>
    public int MaskBankMemoryMegabytes { get; set; } = 2048;

    public void Validate()
    {
        bool needsAzure = Clustering is ClusteringMode.Azure or ClusteringMode.Kubernetes || Storage == StorageMode.Azure;
        if (needsAzure && string.IsNullOrWhiteSpace(AzureStorageConnectionString))
            throw new ArgumentException($"{Section}:AzureStorageConnectionString is required with clustering '{Clustering}' and storage '{Storage}'.");
        if (Storage == StorageMode.Local && string.IsNullOrWhiteSpace(DataFolder))
            throw new ArgumentException($"{Section}:DataFolder is required with local storage.");
        if (SiloPort is <= 0 or > 65535 || GatewayPort is <= 0 or > 65535)
            throw new ArgumentException($"{Section}:SiloPort and {Section}:GatewayPort must be TCP ports (1–65535).");
    }
}

public enum ClusteringMode
{
    Localhost,
    Azure,
    Kubernetes,
}

public enum StorageMode
{
    Local,
    Azure,
}
