using Microsoft.Extensions.Logging;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;

namespace NeuronOrleans.Grains.Services;

/// <summary>
/// Silo-local: each dataset's label masks are loaded (or built and cached on disk) once per silo
/// and shared by every neuron grain there.
/// </summary>
public sealed partial class DatasetCache(ComputeScheduler compute, ILogger<DatasetCache> logger)
{
    private readonly LoadOnceCache<DatasetSpec, LoadedDataset> _datasets = new();

    public Task<LoadedDataset> GetAsync(DatasetSpec spec) => compute.Run(() => _datasets.Get(spec, Load));

    private LoadedDataset Load(DatasetSpec spec)
    {
        var started = DateTime.UtcNow;
        var dataset = BrodenDataset.Open(spec.Folder, spec.IndexFile);
        var settings = spec.ToMaskBankSettings();
        var folder = string.IsNullOrEmpty(spec.CacheFolder) ? spec.Folder : spec.CacheFolder;
        Directory.CreateDirectory(folder);
        var cacheFile = Path.Combine(folder, MaskBankCache.FileName(dataset, settings));
        var result = MaskBankCache.LoadOrBuild(dataset, settings, cacheFile);
        NeuronOrleansMetrics.MaskBankLoaded(DateTime.UtcNow - started);
        LogLoaded(logger, spec.Folder, result.Bank.ImageCount, result.Outcome.ToString(), (DateTime.UtcNow - started).TotalSeconds);
        return new LoadedDataset(dataset, result.Bank);
    }

    [LoggerMessage(1, LogLevel.Information, "Label masks of {Folder}: {Images} images, {Outcome} in {Seconds:F1} s")]
    private static partial void LogLoaded(ILogger logger, string folder, int images, string outcome, double seconds);
}
