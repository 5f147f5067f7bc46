using System.Collections.Frozen;
using NeuronOrleans.Dissection.Masks;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// The connectors and the popcount on int64 tensors of single-word image masks (cell (y, x) is bit
/// Width·y + x), as elementwise ops that run unchanged on CPU and CUDA tensors. Every mask keeps
/// its bits below <see cref="GridShape.Cells"/> ≤ 63, so the sign bit is never set and libtorch's
/// arithmetic right shift equals the logical one of <see cref="MaskOps"/>.
/// </summary>
internal sealed class WordKernels : IDisposable
{
    private readonly GridShape _grid;
    private readonly FrozenDictionary<long, Tensor> _constants;

    public WordKernels(GridShape grid, Device device)
    {
        if (!TorchCountBackend.Supports(grid))
            throw new ArgumentException($"The tensor kernels need one word per image with the sign bit free; {grid} has {grid.Cells} cells.", nameof(grid));
        _grid = grid;
        Device = device;
        // Every constant the kernels use, made once and only read afterwards, so sessions on several
        // threads share them safely.
        long[] values =
        [
            1, 2, 4, 56, grid.Width, 2 * grid.Width, Swar1, Swar2, Swar4, SwarSum, AllCells,
            .. new[] { -2, -1, 1, 2 }.Select(KeepColumns),
        ];
        _constants = values.Distinct().ToFrozenDictionary(v => v, v => torch.tensor(v, ScalarType.Int64, device).DetachFromDisposeScope());
    }

    public Device Device { get; }

    /// <summary>WITH: <paramref name="a"/> in the images where <paramref name="b"/> has a true cell; overwrites <paramref name="a"/>.</summary>
    public static Tensor WithInPlace(Tensor a, Tensor b)
    {
        using var empty = b.eq(0L);
        return a.masked_fill_(empty, 0L);
    }

    /// <summary>
    /// D(x), the CLOSE neighbourhood dilation, as a new tensor: rows within one step take the
    /// 5-wide band, rows two away the 3-wide band, i.e. the 5×5 block without its corners.
    /// </summary>
    public Tensor Dilate(Tensor x)
    {
        using var narrow = x.clone();
        OrMove(narrow, x, 0, 1);
        OrMove(narrow, x, 0, -1);
        using var wide = narrow.clone();
        OrMove(wide, x, 0, 2);
        OrMove(wide, x, 0, -2);
        var result = wide.clone();
        OrMove(result, wide, 1, 0);
        OrMove(result, wide, -1, 0);
        OrMove(result, narrow, 2, 0);
        OrMove(result, narrow, -2, 0);
        return result;
    }

    /// <summary>Per-word popcount as a new tensor (SWAR: pairs, nibbles, bytes, then one multiply sums the bytes).</summary>
    public Tensor PopCount(Tensor x)
    {
        Tensor count;
        using (var pairs = x.bitwise_right_shift(Constant(1)))
        {
            pairs.bitwise_and_(Constant(Swar1));
            count = x - pairs;
        }
        using (var high = count.bitwise_right_shift(Constant(2)))
        {
            high.bitwise_and_(Constant(Swar2));
            count.bitwise_and_(Constant(Swar2)).add_(high);
        }
        using (var high = count.bitwise_right_shift(Constant(4)))
            count.add_(high).bitwise_and_(Constant(Swar4));
        // The product wraps past bit 63 (two's complement on CPU and CUDA); its top byte is the
        // sum of all byte counts, at most 63, so the result is non-negative.
        return count.mul_(Constant(SwarSum)).bitwise_right_shift_(Constant(56));
    }

    public void Dispose()
    {
        foreach (var constant in _constants.Values) constant.Dispose();
    }

    private const long Swar1 = 0x5555_5555_5555_5555;
    private const long Swar2 = 0x3333_3333_3333_3333;
    private const long Swar4 = 0x0f0f_0f0f_0f0f_0f0f;
    private const long SwarSum = 0x0101_0101_0101_0101;

    /// <summary>ORs <paramref name="source"/> moved by (dy, dx), cells leaving the grid dropped, into <paramref name="target"/>.</summary>
    private void OrMove(Tensor target, Tensor source, int dy, int dx)
    {
        using var kept = dx == 0 ? null : source.bitwise_and(Constant(KeepColumns(dx)));
        int shift = dy * _grid.Width + dx;
        var from = kept ?? source;
        using var moved = shift > 0 ? from.bitwise_left_shift(Constant(shift)) : from.bitwise_right_shift(Constant(-shift));
        // Only a move down can push bits past the last row; right shifts drop them by themselves.
        if (dy > 0) moved.bitwise_and_(Constant(AllCells));
        target.bitwise_or_(moved);
    }

    private Tensor Constant(long value) => _constants[value];

    private long AllCells => (1L << _grid.Cells) - 1;

    /// <summary>The cells whose column x + dx stays inside the grid.</summary>
    private long KeepColumns(int dx)
    {
        long keep = 0;
        for (int y = 0; y < _grid.Height; y++)
            for (int x = Math.Max(0, -dx); x < Math.Min(_grid.Width, _grid.Width - dx); x++)
                keep |= 1L << _grid.CellIndex(y, x);
        return keep;
    }
}
