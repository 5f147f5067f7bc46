using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>Everything that decides the content of a label mask bank; part of its cache key.</summary>
public sealed record MaskBankSettings
{
    public const int DefaultDownsamplingThreshold = 100;
    public const int DefaultExpansionThreshold = 3;

    /// <summary>Block counting (the published runs, "MD") or bilinear resizing.</summary>
    public DownsamplingMode Downsampling { get; init; } = DownsamplingMode.Block;

    /// <summary>
    /// Block mode: the fewest pixels of a 7×7 cell's block that must carry the label (of 256 for
    /// 112×112 maps). Other grids keep the same fraction of their smaller blocks, see
    /// <see cref="CellThreshold"/>. Ignored in bilinear mode, which thresholds at 0.5.
    /// </summary>
    public int DownsamplingThreshold { get; init; } = DefaultDownsamplingThreshold;

    /// <summary>
    /// The block-mode threshold at <see cref="Grid"/> (ALGORITHM §2.1): a block of a grid with c cells
    /// holds 49/c of a 7×7 block's pixels, so the threshold scales by that ratio, rounded up
    /// (100 → 25 at 14×14, 7 at 28×28); at 7×7 it is <see cref="DownsamplingThreshold"/> itself.
    /// </summary>
    public int CellThreshold => (int)((DownsamplingThreshold * 49L + Grid.Cells - 1) / Grid.Cells);

    /// <summary>Whether the EXPAND primitive <c>label-X</c> is built for every non-scene label.</summary>
    public bool Expansions { get; init; } = true;

    /// <summary>EXPAND: the fewest true 8-neighbours (1..8) that turn a false cell true.</summary>
    public int ExpansionThreshold { get; init; } = DefaultExpansionThreshold;

    /// <summary>The cell grid of the layer being explained (7×7 for ResNet-18 layer4).</summary>
    public GridShape Grid { get; init; } = GridShape.Seven;

    /// <summary>Throws when a knob is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; <see cref="ArgumentException.ParamName"/> names it.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Downsampling))
            throw new ArgumentException($"{nameof(Downsampling)} must be block or bilinear, not {(int)Downsampling}.", nameof(Downsampling));
        if (DownsamplingThreshold < 1)
            throw new ArgumentException($"{nameof(DownsamplingThreshold)} must be at least 1, not {DownsamplingThreshold}.", nameof(DownsamplingThreshold));
        if (ExpansionThreshold is < 1 or > 8)
            throw new ArgumentException($"{nameof(ExpansionThreshold)} must be between 1 and 8, not {ExpansionThreshold}.", nameof(ExpansionThreshold));
        if (Grid.Height < 1 || Grid.Width < 1)
            throw new ArgumentException($"{nameof(Grid)} must have at least one cell, not {Grid}.", nameof(Grid));
    }
}
