using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeuronOrleans.Grains.Hosting;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;

namespace NeuronOrleans.Grains.Services;

/// <summary>
/// Silo-local: each dataset's label masks are loaded (or built and cached on disk) once per silo
/// and shared by every neuron grain there, within the silo's <see cref="NeuronOrleansSiloOptions.MaskBankMemory"/>.
/// </summary>
public sealed partial class DatasetCache(ComputeScheduler compute, NeuronOrleansMetrics metrics, IOptions<NeuronOrleansSiloOptions> options,
    ILogger<DatasetCache> logger)
{
    private readonly LoadOnceCache<DatasetSpec, LoadedDataset> _datasets = new(options.Value.MaskBankMemory, dataset => dataset.Bank.MaskBytes);

    public Task<LoadedDataset> GetAsync(DatasetSpec spec) => compute.Run(() => _datasets.Get(spec, Load));

    private LoadedDataset Load(DatasetSpec spec)
    {
        var started = DateTime.UtcNow;
        var dataset = BrodenDataset.Open(spec.Folder, spec.IndexFile);
        var (bank, outcome) = MaskBankCache.Open(dataset, spec.MaskBank, spec.CacheFolder);
        metrics.MaskBankLoaded(DateTime.UtcNow - started);
        LogLoaded(logger, spec.Folder, bank.ImageCount, outcome, (DateTime.UtcNow - started).TotalSeconds);
        return new LoadedDataset(dataset, bank);
    }

    [LoggerMessage(1, LogLevel.Information, "Label masks of {Folder}: {Images} images, {Outcome} in {Seconds:F1} s")]
    private static partial void LogLoaded(ILogger logger, string folder, int images, MaskBankCacheOutcome outcome, double seconds);
}
