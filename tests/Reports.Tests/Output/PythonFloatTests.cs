using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.Tests.Output;

/// <summary>Expected strings are what CPython 3 prints for <c>repr(x)</c>.</summary>
public class PythonFloatTests
{
    [Theory]
    [InlineData(0.01239669421487091, "0.01239669421487091")] // a worst score of the original's history
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0625, "-0.0625")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-1.5e-7, "-1.5e-07")]
    [InlineData(123.25, "123.25")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    public void Matches_python_repr(double value, string expected)
    {
        Assert.Equal(expected, PythonFloat.Repr(value));
    }
}
