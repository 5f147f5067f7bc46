using Microsoft.Extensions.DependencyInjection;
using NeuronOrleans.Grains.Hosting;
using NeuronOrleans.Grains.Sweeps;
using NeuronOrleans.Silo.Storage;
using Orleans.TestingHost;

namespace NeuronOrleans.Grains.Tests.Support;

/// <summary>The grains on a test silo with local-folder storage, as in the embedded default; workers tick fast.</summary>
public sealed class CpuSiloConfigurator : ISiloConfigurator
{
    public const string StorageFolderKey = "NeuronOrleansTests:StorageFolder";

    public void Configure(ISiloBuilder silo)
    {
        silo.AddFileGrainStorage(StorageNames.Sweeps, silo.Configuration[StorageFolderKey]!);
        silo.UseInMemoryReminderService();
        silo.Services.Configure<SweepOptions>(o => o.LeaseTimeout = TimeSpan.FromSeconds(5));
        silo.AddNeuronOrleans(configure: o =>
        {
            o.MaxConcurrentSearches = 2;
            o.WorkerInterval = TimeSpan.FromMilliseconds(100);
        });
    }
}
