using System.Numerics;
using System.Runtime.InteropServices;

namespace NeuronOrleans.Dissection.Masks;

/// <summary>
/// The connectors on packed dataset masks (ALGORITHM §4.1, §8). Every mask is
/// <c>images × WordsPerImage</c> words; destinations may alias a source.
/// </summary>
public static class MaskOps
{
    public static void Or(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> destination) =>
        Combine<OrOp>(a, b, destination);

    public static void And(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> destination) =>
        Combine<AndOp>(a, b, destination);

    public static void AndNot(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> destination) =>
        Combine<AndNotOp>(a, b, destination);

    /// <summary>WITH: a in the images where b has at least one true cell, else nothing.</summary>
    public static void With(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> destination, GridShape grid)
    {
        CheckLengths(a, b, destination);
        int words = grid.WordsPerImage;
        if (words == 1)
        {
            for (int i = 0; i < a.Length; i++) destination[i] = b[i] != 0 ? a[i] : 0;
            return;
        }
        for (int start = 0; start < a.Length; start += words)
        {
            bool keep = ImageWords.Any(b.Slice(start, words));
            for (int w = start; w < start + words; w++) destination[w] = keep ? a[w] : 0;
        }
    }

    /// <summary>
    /// D(b): the cells with a true cell of b in their CLOSE neighbourhood. CLOSE TO is
    /// <c>a ∧ D(b1) ∧ D(b2) …</c>; callers cache D of operands that recur.
    /// </summary>
    public static void Dilate(ReadOnlySpan<ulong> source, Span<ulong> destination, GridShape grid)
    {
        CheckLengths(source, source, destination);
        var geometry = GridGeometry.For(grid);
        if (grid.IsSingleWord)
        {
            for (int i = 0; i < source.Length; i++) destination[i] = DilateWord(geometry, source[i]);
            return;
        }
        ForEachImage(source, destination, grid, (image, output) =>
        {
            for (int cell = 0; cell < grid.Cells; cell++)
                foreach (int neighbour in geometry.CloseNeighbours[cell])
                    if (ImageWords.Get(image, neighbour))
                    {
                        ImageWords.Set(output, cell);
                        break;
                    }
        });
    }

    /// <summary>
    /// EXPAND (ALGORITHM §2.2): one pass over the original mask; a false cell becomes true when at
    /// least <paramref name="threshold"/> of its in-grid 8-neighbours are true.
    /// </summary>
    public static void Expand(ReadOnlySpan<ulong> source, Span<ulong> destination, GridShape grid, int threshold)
    {
        CheckLengths(source, source, destination);
        var geometry = GridGeometry.For(grid);
        if (grid.IsSingleWord && threshold is >= 1 and <= 3)
        {
            for (int i = 0; i < source.Length; i++) destination[i] = ExpandWord(geometry, source[i], threshold);
            return;
        }
        ForEachImage(source, destination, grid, (image, output) =>
        {
            for (int cell = 0; cell < grid.Cells; cell++)
            {
                int count = 0;
                foreach (int neighbour in geometry.EightNeighbours[cell])
                    if (ImageWords.Get(image, neighbour)) count++;
                if (ImageWords.Get(image, cell) || count >= threshold) ImageWords.Set(output, cell);
            }
        });
    }

    /// <summary>CLOSE TO with one right operand whose dilation is given: <c>a ∧ D(b)</c>.</summary>
    public static void CloseTo(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> dilatedB, Span<ulong> destination) =>
        And(a, dilatedB, destination);

    /// <summary>CLOSE: <c>(a ∧ D(b)) ∨ (b ∧ D(a))</c>, given both dilations.</summary>
    public static void Close(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> dilatedA, ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> dilatedB, Span<ulong> destination)
    {
        CheckLengths(a, b, destination);
        for (int i = 0; i < a.Length; i++) destination[i] = (a[i] & dilatedB[i]) | (b[i] & dilatedA[i]);
    }

    internal static ulong DilateWord(GridGeometry geometry, ulong image)
    {
        if (image == 0) return 0;
        // Rows within one step take the 5-wide band, rows two away the 3-wide band: exactly the
        // 5×5 block without corners.
        ulong narrow = image | geometry.Move(image, 0, 1) | geometry.Move(image, 0, -1);
        ulong wide = narrow | geometry.Move(image, 0, 2) | geometry.Move(image, 0, -2);
        return wide | geometry.Move(wide, 1, 0) | geometry.Move(wide, -1, 0)
            | geometry.Move(narrow, 2, 0) | geometry.Move(narrow, -2, 0);
    }

    internal static ulong ExpandWord(GridGeometry geometry, ulong image, int threshold)
    {
        if (image == 0) return 0;
        // Bit-sliced counting: atLeast[k] holds the cells with ≥ k+1 true neighbours so far.
        ulong one = 0, two = 0, three = 0;
        foreach (var (dy, dx) in Neighbourhoods.Eight)
        {
            ulong neighbour = geometry.Move(image, dy, dx);
            three |= two & neighbour;
            two |= one & neighbour;
            one |= neighbour;
        }
        ulong reached = threshold switch { 1 => one, 2 => two, _ => three };
        return image | reached;
    }

    private static void Combine<TOp>(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> destination)
        where TOp : struct, IWordOp
    {
        CheckLengths(a, b, destination);
        int i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<ulong>.Count)
        {
            var va = MemoryMarshal.Cast<ulong, Vector<ulong>>(a);
            var vb = MemoryMarshal.Cast<ulong, Vector<ulong>>(b);
            var vd = MemoryMarshal.Cast<ulong, Vector<ulong>>(destination);
            for (int v = 0; v < va.Length; v++) vd[v] = TOp.Apply(va[v], vb[v]);
            i = va.Length * Vector<ulong>.Count;
        }
        for (; i < a.Length; i++) destination[i] = TOp.Apply(a[i], b[i]);
    }

    private static void ForEachImage(ReadOnlySpan<ulong> source, Span<ulong> destination, GridShape grid, ImageAction action)
    {
        int words = grid.WordsPerImage;
        var scratch = new ulong[words];
        for (int start = 0; start < source.Length; start += words)
        {
            Array.Clear(scratch);
            action(source.Slice(start, words), scratch);
            scratch.CopyTo(destination.Slice(start, words));
        }
    }

    private delegate void ImageAction(ReadOnlySpan<ulong> image, Span<ulong> output);

    private static void CheckLengths(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> destination)
    {
        if (a.Length != b.Length || a.Length != destination.Length)
            throw new ArgumentException($"Mask lengths differ: {a.Length}, {b.Length} and {destination.Length} words.");
    }
}
