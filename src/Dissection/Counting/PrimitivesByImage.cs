using System.Numerics;
using System.Runtime.CompilerServices;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>
/// A bank's primitives by image, an inverted index made once per bank: for each image, the
/// primitives (numbered as <see cref="LabelMaskBank.Primitives"/> lists them) with a cell there
/// and their words, and each primitive's cells over the dataset. A neuron's overlap with every
/// primitive lies in the images where it fires, a few per cent of the dataset, so counting all
/// primitives visits only those images' entries. Single-word grids (7×7).
/// </summary>
internal sealed class PrimitivesByImage
{
    private static readonly ConditionalWeakTable<LabelMaskBank, PrimitivesByImage> Made = [];

    private readonly int[] _entryStart;
    private readonly int[] _entryPrimitive;
    private readonly ulong[] _entryWord;
    private readonly long[] _cells;

    private PrimitivesByImage(LabelMaskBank bank)
    {
        var primitives = bank.Primitives().ToList();
        _cells = new long[primitives.Count];
        _entryStart = new int[bank.ImageCount + 1];
        foreach (var primitive in primitives)
            foreach (int image in bank.Support(primitive)) _entryStart[image + 1]++;
        for (int image = 0; image < bank.ImageCount; image++) _entryStart[image + 1] += _entryStart[image];
        _entryPrimitive = new int[_entryStart[^1]];
        _entryWord = new ulong[_entryStart[^1]];
        var next = _entryStart[..^1];
        for (int p = 0; p < primitives.Count; p++)
        {
            var mask = bank.Primitive(primitives[p]);
            foreach (int image in bank.Support(primitives[p]))
            {
                int entry = next[image]++;
                (_entryPrimitive[entry], _entryWord[entry]) = (p, mask[image]);
                _cells[p] += BitOperations.PopCount(mask[image]);
            }
        }
    }

    /// <summary>The bank's index, made on first use.</summary>
    /// <param name="primitives">The bank's primitives, as <see cref="LabelMaskBank.Primitives"/> lists them: the index numbers them so.</param>
    public static PrimitivesByImage For(LabelMaskBank bank, IReadOnlyList<Formula> primitives)
    {
        if (!bank.Grid.IsSingleWord) throw new ArgumentException($"The index of primitives by image needs a single-word grid, not {bank.Grid}.", nameof(bank));
        var index = Made.GetValue(bank, b => new PrimitivesByImage(b));
        if (index.PrimitiveCount != primitives.Count)
            throw new ArgumentException($"Expected the bank's {index.PrimitiveCount} primitives, not {primitives.Count} formulas.", nameof(primitives));
        return index;
    }

    public int PrimitiveCount => _cells.Length;

    /// <summary>The primitives with a cell in <paramref name="image"/>, ascending.</summary>
    public ReadOnlySpan<int> PrimitivesAt(int image) => _entryPrimitive.AsSpan(_entryStart[image].._entryStart[image + 1]);

    /// <summary>Their words in <paramref name="image"/>, in the same order.</summary>
    public ReadOnlySpan<ulong> WordsAt(int image) => _entryWord.AsSpan(_entryStart[image].._entryStart[image + 1]);

    /// <summary>Every primitive's counts against <paramref name="neuron"/> on all images (none on a prefix).</summary>
    public void Count(NeuronMask neuron, Span<FormulaCounts> results)
    {
        var intersections = new long[PrimitiveCount];
        var products = new long[PrimitiveCount];
        for (int image = 0; image < neuron.ImageCount; image++)
        {
            int firing = neuron.ImageCounts[image];
            if (firing == 0) continue;
            ulong bits = neuron.Bits[image];
            for (int entry = _entryStart[image]; entry < _entryStart[image + 1]; entry++)
            {
                int p = _entryPrimitive[entry];
                ulong word = _entryWord[entry];
                intersections[p] += BitOperations.PopCount(word & bits);
                products[p] += (long)BitOperations.PopCount(word) * firing;
            }
        }
        for (int p = 0; p < PrimitiveCount; p++) results[p] = new FormulaCounts(default, new OverlapCounts(intersections[p], _cells[p], products[p]));
    }
}
