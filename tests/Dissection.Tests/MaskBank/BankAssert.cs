using NeuronOrleans.Dissection.Masks;
using Xunit;

namespace NeuronOrleans.Dissection.Tests.MaskBank;

internal static class BankAssert
{
    public static void Equal(LabelMaskBank expected, LabelMaskBank actual)
    {
        Assert.Equal(expected.ImageCount, actual.ImageCount);
        Assert.Equal(expected.Grid, actual.Grid);
        Assert.Equal(expected.Labels.MaxNumber, actual.Labels.MaxNumber);
        for (int label = 0; label <= expected.Labels.MaxNumber; label++)
        {
            Assert.Equal(expected.Plain(label), actual.Plain(label));
            Assert.Equal(expected.Expanded(label), actual.Expanded(label));
        }
    }
}
