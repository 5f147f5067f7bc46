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
    /// (k − 0.5)/n. The input is not modified.
    /// </summary>
    public static double Hazen(ReadOnlySpan<float> values, double level)
    {
        if (values.IsEmpty) throw new ArgumentException("Cannot take a quantile of no values.", nameof(values));
        if (level is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(level), level, "Quantile level must lie in [0, 1].");
        var sorted = values.ToArray();
        Array.Sort(sorted);
        int n = sorted.Length;
        // numpy: virtual index = n·q + (α + q(1 − α − β)) − 1 with α = β = 0.5.
        double virtualIndex = n * level + 0.5 - 1;
        double lowerIndex = Math.Floor(virtualIndex);
        double gamma = virtualIndex - lowerIndex;
        int below = (int)Math.Clamp(lowerIndex, 0, n - 1);
        int above = (int)Math.Clamp(lowerIndex + 1, 0, n - 1);
        double lower = sorted[below], upper = sorted[above];
        // numpy's _lerp: a + (b − a)·t, corrected from the other end when t ≥ 0.5.
        double diff = upper - lower;
        return gamma >= 0.5 ? upper - diff * (1 - gamma) : lower + diff * gamma;
    }
}
