using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Compute.Conformance;

/// <summary>A neuron that fires on a planted composition of two labels plus noise, like a real unit.</summary>
public static class ConformanceNeuron
{
    public static NeuronMask Create(LabelMaskBank bank, int seed)
    {
        var random = new Random(seed);
        var labels = bank.Labels.All;
        var bits = new ulong[bank.WordCount];
        MaskOps.Or(bank.Plain(labels[random.Next(Math.Min(6, labels.Count))].Number)!, bank.Plain(labels[random.Next(labels.Count)].Number)!, bits);
        int words = bank.Grid.WordsPerImage;
        for (int image = 0; image < bank.ImageCount; image++)
            if (random.NextDouble() < 0.1)
            {
                int cell = random.Next(bank.Grid.Cells);
                bits[image * words + (cell >> 6)] ^= 1UL << (cell & 63);
            }
        return new NeuronMask(bits, bank.ImageCount, bank.Grid);
    }
}
