namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>Where a mask bank came from, and why it was rebuilt when it was.</summary>
public enum MaskBankCacheOutcome
{
    /// <summary>Read from a cache file whose settings and dataset fingerprint match.</summary>
    Loaded,

    /// <summary>Built because there was no cache file.</summary>
    Built,

    /// <summary>Built and not kept: no cache folder was given.</summary>
    BuiltUncached,

    /// <summary>Rebuilt because the cache file was made with other settings.</summary>
    RebuiltSettingsChanged,

    /// <summary>Rebuilt because a dataset file changed since the cache file was made.</summary>
    RebuiltDatasetChanged,

    /// <summary>Rebuilt because the cache file is truncated, corrupt or of another format version.</summary>
    RebuiltUnreadable,
}
