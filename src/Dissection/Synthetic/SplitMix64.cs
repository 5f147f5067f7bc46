namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// A small, fast generator whose output is fixed by its seed on every platform and runtime
/// version (unlike <see cref="Random"/>), so that a synthetic dataset is reproducible bit for bit.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>An independent stream per (seed, stream) pair: one per image, one for the label catalogue.</summary>
    public static SplitMix64 For(int seed, int stream) => new((ulong)(uint)seed << 32 | (uint)stream);

    public ulong NextULong()
    {
        ulong z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>; the modulo bias is below 2⁻³² for our ranges.</summary>
    public int Next(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;
}
