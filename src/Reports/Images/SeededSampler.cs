namespace NeuronOrleans.Reports.Images;

/// <summary>
/// Picks sample images reproducibly. SplitMix64 instead of <see cref="Random"/>: its output is
/// fixed by its definition, so reports stay byte-identical across runtime versions.
/// </summary>
public static class SeededSampler
{
    /// <summary>
    /// Up to <paramref name="count"/> of <paramref name="eligible"/>, chosen by a partial
    /// Fisher–Yates shuffle seeded with <paramref name="seed"/>, returned ascending.
    /// </summary>
    public static IReadOnlyList<int> Sample(IReadOnlyList<int> eligible, int count, ulong seed)
    {
        var pool = eligible.ToArray();
        int take = Math.Min(count, pool.Length);
        ulong state = seed;
        for (int i = 0; i < take; i++)
        {
            int j = i + (int)(Next(ref state) % (ulong)(pool.Length - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return [.. pool.Take(take).Order()];
    }

    private static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
