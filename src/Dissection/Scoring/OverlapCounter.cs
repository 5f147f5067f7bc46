using System.Numerics;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Scoring;

/// <summary>Counts a formula mask against a neuron mask: the reference for every compute backend.</summary>
public static class OverlapCounter
{
    /// <summary>Counts over images [<paramref name="startImage"/>, <paramref name="endImage"/>).</summary>
    public static OverlapCounts Count(NeuronMask neuron, ReadOnlySpan<ulong> formula, int startImage, int endImage)
    {
        int words = neuron.Grid.WordsPerImage;
        if (formula.Length != neuron.Bits.Length)
            throw new ArgumentException($"Formula mask has {formula.Length} words, the neuron {neuron.Bits.Length}.");
        var bits = neuron.Bits;
        var counts = neuron.ImageCounts;
        long intersection = 0, formulaCells = 0, products = 0;
        if (words == 1)
        {
            for (int i = startImage; i < endImage; i++)
            {
                ulong f = formula[i];
                if (f == 0) continue;
                int l = BitOperations.PopCount(f);
                intersection += BitOperations.PopCount(f & bits[i]);
                formulaCells += l;
                products += (long)l * counts[i];
            }
            return new OverlapCounts(intersection, formulaCells, products);
        }
        for (int i = startImage; i < endImage; i++)
        {
            int l = 0, both = 0;
            for (int w = i * words; w < (i + 1) * words; w++)
            {
                l += BitOperations.PopCount(formula[w]);
                both += BitOperations.PopCount(formula[w] & bits[w]);
            }
            intersection += both;
            formulaCells += l;
            products += (long)l * counts[i];
        }
        return new OverlapCounts(intersection, formulaCells, products);
    }
}
