using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.Tests.Output;

public class FixedPointTests
{
    // Expected strings are Python's '%.{n}f' % value.
    [Theory]
    [InlineData(0.25, 1, "0.2")]
    [InlineData(0.35, 1, "0.3")]
    [InlineData(4.75, 1, "4.8")]
    [InlineData(5.07, 1, "5.1")]
    [InlineData(4.99, 1, "5.0")]
    [InlineData(9.96, 1, "10.0")]
    [InlineData(0.0476, 4, "0.0476")]
    [InlineData(0.24975, 4, "0.2497")]
    [InlineData(2.5, 0, "2")]
    [InlineData(3.5, 0, "4")]
    [InlineData(-0.04, 1, "-0.0")]
    [InlineData(-1.25, 1, "-1.2")]
    [InlineData(1e-7, 6, "0.000000")]
    [InlineData(123456789.125, 2, "123456789.12")]
    [InlineData(1e22, 1, "10000000000000000000000.0")]
    [InlineData(0.1, 20, "0.10000000000000000555")]
    [InlineData(5e-324, 3, "0.000")]
    public void Matches_python_percent_formatting(double value, int decimals, string expected)
    {
        Assert.Equal(expected, FixedPoint.Format(value, decimals));
    }

    [Fact]
    public void Special_values_print_as_python_does()
    {
        Assert.Equal("nan", FixedPoint.Format(double.NaN, 1));
        Assert.Equal("inf", FixedPoint.Format(double.PositiveInfinity, 1));
        Assert.Equal("-inf", FixedPoint.Format(double.NegativeInfinity, 1));
    }
}
