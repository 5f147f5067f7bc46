using System.Net;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Hosting;
using NeuronOrleans.Silo.Configuration;
using NeuronOrleans.Silo.Storage;
using Orleans.Serialization;
using Orleans.Storage;

namespace NeuronOrleans.Silo.Hosting;

/// <summary>Turns <see cref="SiloSettings"/> into a configured silo: clustering, storage, reminders, grains.</summary>
public static class NeuronOrleansSiloConfiguration
{
    public static ISiloBuilder ConfigureNeuronOrleans(this ISiloBuilder silo, SiloSettings settings, ICountBackend? backend = null)
    {
        settings.Validate();
        silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        switch (settings.Clustering)
        {
            case ClusteringMode.Localhost:
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, new IPEndPoint(IPAddress.Loopback, settings.PrimarySiloPort), settings.ServiceId, settings.ClusterId);
                break;
            case ClusteringMode.Kubernetes:
                // Pod name, namespace, IP and cluster id come from the pod's environment.
                silo.UseKubernetesHosting();
                silo.Configure<Orleans.Configuration.EndpointOptions>(o =>
                {
                    o.SiloPort = settings.SiloPort;
                    o.GatewayPort = settings.GatewayPort;
                });
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(settings.AzureStorageConnectionString));
                break;
            default:
                silo.ConfigureEndpoints(AdvertisedAddress(settings), settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(settings.AzureStorageConnectionString));
                break;
        }
        if (settings.Storage == StorageMode.Azure)
            silo.AddAzureBlobGrainStorage(StorageNames.Sweeps, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.BlobServiceClient = new BlobServiceClient(settings.AzureStorageConnectionString);
                // Orleans' binary format, as the local-folder storage writes it: the provider's default JSON cannot read our immutable records back.
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
        else
            silo.AddFileGrainStorage(StorageNames.Sweeps, Path.Combine(settings.DataFolder, "state"));
        if (settings.Clustering == ClusteringMode.Localhost) silo.UseInMemoryReminderService();
        else silo.UseAzureTableReminderService(o => o.TableServiceClient = new TableServiceClient(settings.AzureStorageConnectionString));

        string report = "Compute backend given by the host.";
        var chosen = backend ?? ComputeBackendChoice.Choose(settings, out report);
        silo.AddNeuronOrleans(chosen, report, o =>
        {
            o.MaxConcurrentSearches = settings.MaxConcurrentSearches;
            o.MaskBankMemory = (long)settings.MaskBankMemoryMegabytes << 20;
        });
        return silo;
    }

    private static IPAddress AdvertisedAddress(SiloSettings settings) =>
        string.IsNullOrWhiteSpace(settings.AdvertisedIPAddress) ? IPAddress.Loopback : IPAddress.Parse(settings.AdvertisedIPAddress);
}
