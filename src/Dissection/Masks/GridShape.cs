namespace NeuronOrleans.Dissection.Masks;

/// <summary>
/// The spatial grid of one image's mask. Cell (y, x) is bit <c>Width·y + x</c> of the image's
/// words; a 7×7 grid fits one <see cref="ulong"/> per image, bigger grids take several.
/// </summary>
public readonly record struct GridShape(int Height, int Width)
{
    public static readonly GridShape Seven = new(7, 7);

    public int Cells => Height * Width;

    public int WordsPerImage => (Cells + 63) / 64;

    public bool IsSingleWord => WordsPerImage == 1;

    public int CellIndex(int y, int x) => Width * y + x;

    public override string ToString() => $"{Height}x{Width}";
}
