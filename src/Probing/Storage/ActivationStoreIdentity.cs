namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// What a store's activations depend on: the model (architecture, probed layer, weights) and the
/// dataset (image list, file sizes, preprocessing). Descriptions are for people, fingerprints
/// (SHA-256) decide.
/// </summary>
public sealed record ActivationStoreIdentity(string Model, byte[] ModelFingerprint, string Dataset, byte[] DatasetFingerprint)
{
    public const int FingerprintLength = 32;

    /// <summary>Why <paramref name="found"/> is not this identity, or null when it is.</summary>
    public string? Mismatch(ActivationStoreIdentity found)
    {
        var problems = new List<string>();
        if (!ModelFingerprint.AsSpan().SequenceEqual(found.ModelFingerprint))
        {
            problems.Add($"it was made for model '{found.Model}' ({Short(found.ModelFingerprint)}), not '{Model}' ({Short(ModelFingerprint)})");
        }
        if (!DatasetFingerprint.AsSpan().SequenceEqual(found.DatasetFingerprint))
        {
            problems.Add($"it was made for dataset '{found.Dataset}' ({Short(found.DatasetFingerprint)}), not '{Dataset}' ({Short(DatasetFingerprint)})");
        }
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string Short(byte[] fingerprint) => Convert.ToHexStringLower(fingerprint)[..12];
}
