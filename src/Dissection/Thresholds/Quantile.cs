using System.Buffers;

namespace NeuronOrleans.Dissection.Thresholds;

/// <summary>Exact per-neuron thresholds (ALGORITHM §3).</summary>
public static class Quantile
{
    /// <summary>
    /// 994/999, computed as numpy does for <c>percentile(x, 100*994/999)</c>: the percent value
    /// first, then divided by 100, so both land on the same double.
    /// </summary>
    public static readonly double DefaultLevel = 100.0 * 994 / 999 / 100;

    /// <summary>
    /// numpy's <c>method="hazen"</c>: linear interpolation between order statistics placed at
    /// (k − 0.5)/n. The input is not modified. The two order statistics are found by selection,
    /// in linear time: a neuron has a million values at full size, and sorting them dominated.
    /// </summary>
    public static double Hazen(ReadOnlySpan<float> values, double level)
    {
        if (values.IsEmpty) throw new ArgumentException("Cannot take a quantile of no values.", nameof(values));
        if (level is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(level), level, "Quantile level must lie in [0, 1].");
        int n = values.Length;
        // numpy: virtual index = n·q + (α + q(1 − α − β)) − 1 with α = β = 0.5.
        double virtualIndex = n * level + 0.5 - 1;
        double lowerIndex = Math.Floor(virtualIndex);
        double gamma = virtualIndex - lowerIndex;
        int below = (int)Math.Clamp(lowerIndex, 0, n - 1);
        int above = (int)Math.Clamp(lowerIndex + 1, 0, n - 1);
        var (lower, upper) = UpperTailOrderStatistics(values, below, above) ?? CopiedOrderStatistics(values, below, above);
        // numpy's _lerp: a + (b − a)·t, corrected from the other end when t ≥ 0.5.
        double diff = upper - lower;
        return gamma >= 0.5 ? upper - diff * (1 - gamma) : lower + diff * gamma;
    }

    /// <summary>
    /// The order statistics found among the values at or above a bound, when they lie in a small
    /// upper tail (a neuron's 99.4 % threshold has 0.6 % of its values above it): one pass over the
    /// values, then selection among a few thousand instead of a million. The bound is an order
    /// statistic of a strided sample, taken a few standard deviations below the wanted rank. Values
    /// below it all sort before those kept, so the ranks shift by their count and the answer is
    /// exact. Null when the tail is not small, the bound turns out to lie above the wanted rank, or
    /// a value is NaN: the caller then selects among all values.
    /// </summary>
    private static (double Kth, double Next)? UpperTailOrderStatistics(ReadOnlySpan<float> values, int k, int next)
    {
        const int SampleSize = 1 << 14;
        int n = values.Length;
        if (n < 8 * SampleSize || n - k > n / 16) return null;
        int stride = n / SampleSize;
        double share = (double)k / n;
        int sampleRank = (int)(share * SampleSize - 4 * Math.Sqrt(SampleSize * share * (1 - share)));
        if (sampleRank < 0) return null;

        // Room for twice the values the sample puts at or above the bound; the sample uses the same buffer first.
        int room = 2 * (SampleSize - sampleRank) * stride;
        var pooled = ArrayPool<float>.Shared.Rent(Math.Max(SampleSize, room));
        try
        {
            var sample = pooled.AsSpan(0, SampleSize);
            for (int i = 0; i < SampleSize; i++) sample[i] = values[i * stride];
            float bound = (float)OrderStatistics(sample, sampleRank, sampleRank).Kth;
            var kept = pooled.AsSpan(0, room);
            int belowBound = 0, keptCount = 0;
            foreach (float value in values)
            {
                if (value < bound) belowBound++;
                else if (value >= bound && keptCount < kept.Length) kept[keptCount++] = value;
                else return null; // NaN, or more kept values than room
            }
            if (belowBound > k) return null;
            return OrderStatistics(kept[..keptCount], k - belowBound, next - belowBound);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(pooled);
        }
    }

    /// <summary>Selection among all values, on a pooled copy since selection reorders its input (megabytes at full size).</summary>
    private static (double Kth, double Next) CopiedOrderStatistics(ReadOnlySpan<float> values, int k, int next)
    {
        var scratch = ArrayPool<float>.Shared.Rent(values.Length);
        try
        {
            values.CopyTo(scratch);
            return OrderStatistics(scratch.AsSpan(0, values.Length), k, next);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// The <paramref name="k"/>-th and <paramref name="next"/>-th smallest values (next = k or k + 1),
    /// as a sort would place them (NaN first, as <see cref="Array.Sort(Array)"/> orders floats).
    /// </summary>
    private static (double Kth, double Next) OrderStatistics(Span<float> values, int k, int next)
    {
        if (HasNaN(values))
        {
            values.Sort();
            return (values[k], values[next]);
        }
        int low = 0, high = values.Length - 1;
        while (low < high)
        {
            // Hoare partition around the median of three: afterwards values[low..j] ≤ pivot,
            // values[i..high] ≥ pivot, and anything between equals the pivot.
            float pivot = MedianOfThree(values[low], values[low + (high - low) / 2], values[high]);
            int i = low, j = high;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }
            if (k <= j) high = j;
            else if (k >= i) low = i;
            else break;
        }
        double kth = values[k];
        if (next == k) return (kth, kth);
        // Everything after position k is at least the k-th value: the next one is their minimum.
        float min = float.PositiveInfinity;
        foreach (float value in values[(k + 1)..]) min = Math.Min(min, value);
        return (kth, min);
    }

    private static bool HasNaN(ReadOnlySpan<float> values)
    {
        foreach (float value in values)
            if (float.IsNaN(value)) return true;
        return false;
    }

    private static float MedianOfThree(float a, float b, float c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
