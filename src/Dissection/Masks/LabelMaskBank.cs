using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Masks;

/// <summary>
/// The dataset masks of every primitive: each label and, where built, its EXPAND version
/// (ALGORITHM §2.1–2.2). Arrays are indexed by label number; a missing entry means the label
/// has no pixels in the dataset or no expanded form (scenes, expansions off).
/// </summary>
public sealed class LabelMaskBank
{
    private readonly ulong[]?[] _plain;
    private readonly ulong[]?[] _expanded;
    private readonly int[]?[] _plainSupport;
    private readonly int[]?[] _expandedSupport;

    public LabelMaskBank(LabelTable labels, GridShape grid, int imageCount, ulong[]?[] plain, ulong[]?[] expanded)
    {
        int slots = labels.MaxNumber + 1;
        if (plain.Length != slots || expanded.Length != slots)
            throw new ArgumentException($"Mask arrays must have {slots} slots (label numbers 0..{labels.MaxNumber}).");
        int words = imageCount * grid.WordsPerImage;
        foreach (var mask in plain.Concat(expanded))
            if (mask is not null && mask.Length != words)
                throw new ArgumentException($"Every mask must hold {words} words ({imageCount} images of {grid}).");
        Labels = labels;
        Grid = grid;
        ImageCount = imageCount;
        _plain = plain;
        _expanded = expanded;
        _plainSupport = new int[slots][];
        _expandedSupport = new int[slots][];
        MaskBytes = plain.Concat(expanded).Sum(mask => mask is null ? 0L : (long)mask.Length * sizeof(ulong));
    }

    /// <summary>Memory held by the masks (not counting the supports made on demand).</summary>
    public long MaskBytes { get; }

    public LabelTable Labels { get; }
    public GridShape Grid { get; }
    public int ImageCount { get; }
    public int WordCount => ImageCount * Grid.WordsPerImage;

    public ulong[]? Plain(int label) => _plain[label];

    public ulong[]? Expanded(int label) => _expanded[label];

    /// <summary>The mask of a Leaf or Expand formula; an absent mask reads as empty.</summary>
    public ulong[] Primitive(Formula primitive) => primitive switch
    {
        LeafFormula leaf => _plain[leaf.Label] ?? Empty,
        ExpandFormula expand => _expanded[expand.Label] ?? Empty,
        _ => throw new ArgumentException($"'{primitive}' is not a primitive.", nameof(primitive)),
    };

    /// <summary>
    /// The images where a primitive has a true cell, ascending: most labels appear in few images, so
    /// counting a formula over its operands' images beats sweeping the whole dataset. Made on first
    /// use and shared by every search on this bank.
    /// </summary>
    public int[] Support(Formula primitive)
    {
        var (masks, supports, label) = primitive switch
        {
            LeafFormula leaf => (_plain, _plainSupport, leaf.Label),
            ExpandFormula expand => (_expanded, _expandedSupport, expand.Label),
            _ => throw new ArgumentException($"'{primitive}' is not a primitive.", nameof(primitive)),
        };
        // Racing threads compute the same array; either one may be kept.
        return Volatile.Read(ref supports[label]) ?? (supports[label] = MaskSupport.Of(masks[label] ?? Empty, Grid));
    }

    /// <summary>
    /// Primitives in search order (ALGORITHM §6.1): labels, then their -X versions, in label order,
    /// expanded scenes skipped, only masks with at least one true cell.
    /// </summary>
    public IEnumerable<Formula> Primitives()
    {
        foreach (var label in Labels.All)
            if (HasCells(_plain[label.Number])) yield return new LeafFormula(label.Number);
        foreach (var label in Labels.All)
            if (!label.IsScene && HasCells(_expanded[label.Number])) yield return new ExpandFormula(label.Number);
    }

    private ulong[] Empty => field ??= new ulong[WordCount];

    private static bool HasCells(ulong[]? mask) => mask is not null && mask.AsSpan().IndexOfAnyExcept(0UL) >= 0;
}
