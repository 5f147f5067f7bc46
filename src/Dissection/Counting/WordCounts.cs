using System.Numerics;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>The counts of one image's formula word against the neuron's word there (single-word grids).</summary>
internal static class WordCounts
{
    public static OverlapCounts Of(ulong formula, ulong neuron, int neuronCells)
    {
        if (formula == 0) return default;
        int cells = BitOperations.PopCount(formula);
        return new OverlapCounts(BitOperations.PopCount(formula & neuron), cells, (long)cells * neuronCells);
    }
}
