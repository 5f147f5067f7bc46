using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// Block mode (ALGORITHM §2.1): cell (y, x) covers map rows <c>⌊y·H/h⌋ .. ⌊(y+1)·H/h⌋−1</c> and the
/// matching columns (16×16 pixels for 112×112 maps on 7×7) and is true for a label when at least
/// <c>threshold</c> of those pixels carry it in this one map: pixels of another plane never add up.
/// </summary>
internal sealed class BlockDownsampler(int labelSlots, GridShape grid, int threshold) : ILabelMapDownsampler
{
    private readonly int[] _counts = new int[labelSlots];
    private readonly List<int> _touched = [];

    public void Downsample(ushort[] map, int height, int width, ImageCells output)
    {
        for (int cy = 0; cy < grid.Height; cy++)
        {
            int rowStart = cy * height / grid.Height, rowEnd = (cy + 1) * height / grid.Height;
            for (int cx = 0; cx < grid.Width; cx++)
            {
                int columnStart = cx * width / grid.Width, columnEnd = (cx + 1) * width / grid.Width;
                for (int row = rowStart; row < rowEnd; row++)
                    for (int pixel = row * width + columnStart; pixel < row * width + columnEnd; pixel++)
                    {
                        ushort label = map[pixel];
                        if (label != 0 && _counts[label]++ == 0) _touched.Add(label);
                    }

                int cell = grid.CellIndex(cy, cx);
                foreach (int label in _touched)
                {
                    if (_counts[label] >= threshold) output.Set(label, cell);
                    _counts[label] = 0;
                }
                _touched.Clear();
            }
        }
    }
}
