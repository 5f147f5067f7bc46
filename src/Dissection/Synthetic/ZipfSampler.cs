namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Draws rank k (0-based) with probability ∝ 1/(k+1)^s: a few common labels and a long tail of
/// rare ones, the shape of Broden's label frequencies.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "At least one rank is needed.");
        _cumulative = new double[count];
        double total = 0;
        for (int k = 0; k < count; k++) _cumulative[k] = total += 1 / Math.Pow(k + 1, exponent);
    }

    public int Sample(ref SplitMix64 random)
    {
        double u = random.NextDouble() * _cumulative[^1];
        int index = Array.BinarySearch(_cumulative, u);
        // The first rank whose cumulative weight exceeds u.
        return Math.Min(index >= 0 ? index + 1 : ~index, _cumulative.Length - 1);
    }
}
