using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Tests.Naive;

/// <summary>Neuron masks with known structure for search tests.</summary>
internal static class TestNeurons
{
    /// <summary>The mask of `A CLOSE TO B` for random labels, with a little noise, so ties are rare but structure is real.</summary>
    public static NeuronMask NearWithNoise(LabelMaskBank bank, int seed)
    {
        var random = new Random(seed);
        var labels = bank.Labels.All;
        var a = bank.Plain(labels[random.Next(6)].Number)!;
        var b = bank.Plain(labels[6 + random.Next(6)].Number)!;
        var bits = new ulong[bank.WordCount];
        var dilated = new ulong[bank.WordCount];
        MaskOps.Dilate(b, dilated, bank.Grid);
        MaskOps.And(a, dilated, bits);
        int words = bank.Grid.WordsPerImage;
        for (int image = 0; image < bank.ImageCount; image++)
            if (random.NextDouble() < 0.1)
            {
                int cell = random.Next(bank.Grid.Cells);
                bits[image * words + cell / 64] ^= 1UL << (cell % 64);
            }
        return new NeuronMask(bits, bank.ImageCount, bank.Grid);
    }
}
