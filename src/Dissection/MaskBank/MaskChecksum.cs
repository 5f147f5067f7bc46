namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// A cheap order-sensitive 64-bit checksum of the cache file body, to tell a damaged file from a
/// good one. Not cryptographic: the dataset fingerprint carries identity, this only catches damage.
/// </summary>
internal struct MaskChecksum
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public ulong Value { get; private set; }

    public void Add(ulong word) => Value = (ulong.RotateLeft(Value, 5) ^ word) * Multiplier;

    public void Add(ReadOnlySpan<ulong> words)
    {
        foreach (ulong word in words) Add(word);
    }
}
