using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NeuronOrleans.Grains.Hosting;
using NeuronOrleans.Grains.Placement;
using NeuronOrleans.Grains.Sweeps;
using NeuronOrleans.Silo.Storage;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.TestingHost;

namespace NeuronOrleans.Grains.Tests.Support;

/// <summary>The grains on a test silo with local-folder storage, as in the embedded default.</summary>
public class CpuSiloConfigurator : ISiloConfigurator
{
    public const string StorageFolderKey = "NeuronOrleansTests:StorageFolder";

    public virtual void Configure(ISiloBuilder silo)
    {
        silo.AddFileGrainStorage(StorageNames.Sweeps, silo.Configuration[StorageFolderKey]!);
        silo.UseInMemoryReminderService();
        silo.Services.Configure<SweepOptions>(o => o.PollInterval = TimeSpan.FromMilliseconds(200));
        silo.UseSiloMetadata(new Dictionary<string, string> { [SiloMetadataKeys.Gpu] = AdvertisesGpu(silo.Configuration) ? "true" : "false" });
        silo.AddNeuronOrleans(configure: o => o.MaxConcurrentSearches = 2);
    }

    protected virtual bool AdvertisesGpu(IConfiguration configuration) => false;
}

/// <summary>The primary silo advertises a GPU (the backend stays the CPU one: placement is under test).</summary>
public sealed class PrimaryGpuSiloConfigurator : CpuSiloConfigurator
{
    protected override bool AdvertisesGpu(IConfiguration configuration) => configuration["Orleans:Name"] == "Primary";
}
