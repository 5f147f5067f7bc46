namespace NeuronOrleans.Dissection.Masks;

/// <summary>The two neighbourhoods of ALGORITHM §2.2 and §4.1 as cell offsets.</summary>
internal static class Neighbourhoods
{
    /// <summary>CLOSE: Δy² + Δx² ≤ 5, i.e. a 5×5 block without its corners (21 offsets, p included).</summary>
    public static readonly (int Dy, int Dx)[] Close =
        [.. from dy in Enumerable.Range(-2, 5) from dx in Enumerable.Range(-2, 5) where dy * dy + dx * dx <= 5 select (dy, dx)];

    /// <summary>EXPAND: the 8 surrounding cells.</summary>
    public static readonly (int Dy, int Dx)[] Eight =
        [.. from dy in Enumerable.Range(-1, 3) from dx in Enumerable.Range(-1, 3) where (dy, dx) != (0, 0) select (dy, dx)];
}
