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
