using NeuronOrleans.Dissection.Thresholds;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.Thresholds;

public sealed class QuantileTests
{
    /// <summary>numpy 1.24: <c>np.percentile(np.arange(10, dtype=np.float32), 100*994/999, method="hazen")</c>.</summary>
    [Fact]
    public void Matches_numpy_on_a_small_range()
    {
        Assert.Equal(9.0, Quantile.Hazen(Enumerable.Range(0, 10).Select(i => (float)i).ToArray(), Quantile.DefaultLevel), 12);
        Assert.Equal(4.5, Quantile.Hazen(Enumerable.Range(0, 10).Select(i => (float)i).ToArray(), 0.5), 12);
    }

    [Theory]
    [InlineData(1, 0.995)]
    [InlineData(2, 0.5)]
    [InlineData(1000, 0.0)]
    [InlineData(1000, 1.0)]
    [InlineData(1001, 0.995)]
    [InlineData(49 * 2221, 994.0 / 999)]
    public void Selection_gives_exactly_what_sorting_gives(int count, double level)
    {
        var random = new Random(count);
        foreach (int distinct in new[] { 3, 50, int.MaxValue })
        {
            // Few distinct values make many ties; activations after ReLU are mostly zeros.
            var values = Enumerable.Range(0, count).Select(_ => random.Next(4) == 0 ? 0f : (float)random.Next(Math.Min(distinct, 1 << 20)) / 7).ToArray();
            var copy = values.ToArray();

            Assert.Equal(SortedHazen(values, level), Quantile.Hazen(values, level));
            Assert.Equal(copy, values); // the input is not modified
        }
    }

    /// <summary>
    /// Full-size neurons (a million values) take the upper-tail path: a bound from a strided sample,
    /// then selection among the values above it. Every shape must give what sorting gives, including
    /// shapes that defeat the sample (sorted runs, spikes exactly on the sampling stride, NaN).
    /// </summary>
    [Theory]
    [InlineData("relu ties")]
    [InlineData("distinct")]
    [InlineData("ascending")]
    [InlineData("descending")]
    [InlineData("constant")]
    [InlineData("spikes on the stride")]
    [InlineData("spikes between the stride")]
    [InlineData("nan")]
    public void A_full_size_neuron_gets_exactly_what_sorting_gives(string shape)
    {
        const int count = 49 * 22210;
        var random = new Random(7);
        var values = shape switch
        {
            "relu ties" => Enumerable.Range(0, count).Select(_ => random.Next(4) == 0 ? (float)random.Next(50) / 7 : 0f).ToArray(),
            "distinct" => Enumerable.Range(0, count).Select(_ => (float)random.NextDouble()).ToArray(),
            "ascending" => Enumerable.Range(0, count).Select(i => (float)i).ToArray(),
            "descending" => Enumerable.Range(0, count).Select(i => (float)-i).ToArray(),
            "constant" => Enumerable.Repeat(2.5f, count).ToArray(),
            // The sample reads every (count / 16384)-th value: here it sees only spikes, so its bound lies above the quantile.
            "spikes on the stride" => Enumerable.Range(0, count).Select(i => i % (count / 16384) == 0 ? 1000f + i : (float)random.NextDouble()).ToArray(),
            // Here it sees none of them, so far more values than it expects lie above its bound.
            "spikes between the stride" => Enumerable.Range(0, count).Select(i => i % (count / 16384) != 0 ? 1000f + i : (float)random.NextDouble()).ToArray(),
            _ => Enumerable.Range(0, count).Select(i => i % 1000 == 3 ? float.NaN : (float)random.NextDouble()).ToArray(),
        };

        Assert.Equal(SortedHazen(values, Quantile.DefaultLevel), Quantile.Hazen(values, Quantile.DefaultLevel));
        Assert.Equal(SortedHazen(values, 0.999), Quantile.Hazen(values, 0.999));
    }

    /// <summary>The definition: sort, then interpolate between the order statistics at (k − 0.5)/n.</summary>
    private static double SortedHazen(float[] values, double level)
    {
        var sorted = values.Order().ToArray();
        int n = sorted.Length;
        double virtualIndex = n * level + 0.5 - 1, lowerIndex = Math.Floor(virtualIndex), gamma = virtualIndex - lowerIndex;
        double lower = sorted[(int)Math.Clamp(lowerIndex, 0, n - 1)], upper = sorted[(int)Math.Clamp(lowerIndex + 1, 0, n - 1)];
        double diff = upper - lower;
        return gamma >= 0.5 ? upper - diff * (1 - gamma) : lower + diff * gamma;
    }
}
