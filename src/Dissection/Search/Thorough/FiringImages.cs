using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// The images where a neuron fires, and every primitive's cells there as an inverted index
/// (image → the primitives with a cell in it, and their words). All of a formula's ΣI and
/// Σ N_i·L_i lies in these images, a few per cent of the dataset. The entries are taken from the
/// bank's <see cref="PrimitivesByImage"/>. Single-word grids (7×7).
/// </summary>
internal sealed class FiringImages
{
    private readonly int[] _images;
    private readonly ulong[] _neuronWords;
    private readonly int[] _neuronCounts;

    /// <param name="primitives">The bank's primitives, as <see cref="LabelMaskBank.Primitives"/> lists them; entries name them by index.</param>
    public FiringImages(LabelMaskBank bank, NeuronMask neuron, IReadOnlyList<Formula> primitives)
    {
        if (!bank.Grid.IsSingleWord) throw new ArgumentException($"The inverted index needs a single-word grid, not {bank.Grid}.", nameof(bank));
        _images = [.. Enumerable.Range(0, neuron.ImageCount).Where(i => neuron.ImageCounts[i] > 0)];
        _neuronWords = [.. _images.Select(i => neuron.Bits[i])];
        _neuronCounts = [.. _images.Select(i => neuron.ImageCounts[i])];
        Geometry = GridGeometry.For(bank.Grid);

        var index = PrimitivesByImage.For(bank, primitives);
        EntryStart = new int[_images.Length + 1];
        for (int k = 0; k < _images.Length; k++) EntryStart[k + 1] = EntryStart[k] + index.PrimitivesAt(_images[k]).Length;
        EntryPrimitive = new int[EntryStart[^1]];
        EntryWord = new ulong[EntryStart[^1]];
        for (int k = 0; k < _images.Length; k++)
        {
            index.PrimitivesAt(_images[k]).CopyTo(EntryPrimitive.AsSpan(EntryStart[k]));
            index.WordsAt(_images[k]).CopyTo(EntryWord.AsSpan(EntryStart[k]));
        }
        PrimitiveCounts = new OverlapCounts[primitives.Count];
        for (int k = 0; k < _images.Length; k++)
            for (int e = EntryStart[k]; e < EntryStart[k + 1]; e++) PrimitiveCounts[EntryPrimitive[e]] += Counts(k, EntryWord[e]);
    }

    public int Count => _images.Length;

    public GridGeometry Geometry { get; }

    /// <summary>Entries of firing image k are [EntryStart[k], EntryStart[k + 1]).</summary>
    public int[] EntryStart { get; }

    public int[] EntryPrimitive { get; }

    public ulong[] EntryWord { get; }

    /// <summary>Each primitive's counts on the firing images, by primitive index.</summary>
    public OverlapCounts[] PrimitiveCounts { get; }

    /// <summary>A dataset mask's words on the firing images.</summary>
    public ulong[] Gather(ulong[] mask) => [.. _images.Select(i => mask[i])];

    /// <summary>The counts of one formula word on firing image k.</summary>
    public OverlapCounts Counts(int k, ulong word) => WordCounts.Of(word, _neuronWords[k], _neuronCounts[k]);

    /// <summary>The counts of a mask given by its words on the firing images.</summary>
    public OverlapCounts Counts(ulong[] words)
    {
        OverlapCounts total = default;
        for (int k = 0; k < words.Length; k++) total += Counts(k, words[k]);
        return total;
    }
}
