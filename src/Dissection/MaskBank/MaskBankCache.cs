using NeuronOrleans.Dissection.Broden;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// The label mask bank, kept on disk between runs. A cache file is used only when its settings and
/// dataset fingerprint match; otherwise the bank is rebuilt and the file replaced atomically.
/// </summary>
/// <remarks>
/// Decision: a truncated, corrupt or older-format file is rebuilt rather than reported as an error,
/// since it holds only derived data; the outcome says so, so callers can log it.
/// </remarks>
public static class MaskBankCache
{
    public static MaskBankCacheResult LoadOrBuild(
        BrodenDataset dataset,
        MaskBankSettings settings,
        string cacheFile,
        IProgress<MaskBankProgress>? progress = null,
        int maxDegreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        settings.Validate();
        var fingerprint = DatasetFingerprint.Compute(dataset);
        var outcome = MaskBankCacheOutcome.Built;
        if (File.Exists(cacheFile))
        {
            var (cached, status) = MaskBankCacheFile.Read(cacheFile, dataset.Labels, settings, fingerprint);
            if (cached is not null) return new MaskBankCacheResult(cached, MaskBankCacheOutcome.Loaded);
            outcome = status;
        }
        var bank = LabelMaskBankBuilder.Build(dataset, settings, progress, maxDegreeOfParallelism, cancellationToken);
        MaskBankCacheFile.WriteAtomically(cacheFile, bank, settings, fingerprint);
        return new MaskBankCacheResult(bank, outcome);
    }

    /// <summary>
    /// The dataset's bank: from the cache file for these settings in <paramref name="cacheFolder"/>
    /// (made when missing or stale), or built and not kept when there is no folder. Never beside the
    /// dataset: input folders may be read-only shared volumes.
    /// </summary>
    public static MaskBankCacheResult Open(BrodenDataset dataset, MaskBankSettings settings, string? cacheFolder)
    {
        if (string.IsNullOrEmpty(cacheFolder)) return new MaskBankCacheResult(LabelMaskBankBuilder.Build(dataset, settings), MaskBankCacheOutcome.BuiltUncached);
        Directory.CreateDirectory(cacheFolder);
        return LoadOrBuild(dataset, settings, Path.Combine(cacheFolder, FileName(dataset, settings)));
    }

    /// <summary>
    /// A cache file name naming the index and settings, e.g. <c>labelmasks_index_ade20k_7x7_MD100_X3.bin</c>,
    /// so that banks of different settings can sit side by side instead of replacing each other.
    /// </summary>
    public static string FileName(BrodenDataset dataset, MaskBankSettings settings)
    {
        var downsampling = settings.Downsampling == DownsamplingMode.Block ? $"MD{settings.DownsamplingThreshold}" : "BL";
        var expansions = settings.Expansions ? $"X{settings.ExpansionThreshold}" : "N";
        return $"labelmasks_{Path.GetFileNameWithoutExtension(dataset.IndexFile)}_{settings.Grid}_{downsampling}_{expansions}.bin";
    }
}
