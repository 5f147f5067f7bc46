using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// Bilinear mode (ALGORITHM §2.1): each label's boolean map, of one plane, resized to the grid
/// bilinearly, then a cell is true when the value is at least 0.5.
/// </summary>
/// <remarks>
/// Sampling matches PyTorch <c>F.interpolate(mode="bilinear", align_corners=False, antialias=False)</c>
/// (and skimage <c>resize(order=1, anti_aliasing=False)</c>): output index o samples source coordinate
/// <c>(o + 0.5)·in/out − 0.5</c>, clamped at 0, between the two nearest pixels. For 112 → 7 that
/// is 16·o + 7.5: the mean of the 2×2 pixels at rows/columns 16·o + 7 and 16·o + 8, so a cell is
/// true when at least 2 of those 4 pixels carry the label. Decision: "at least 0.5" (not "above").
/// </remarks>
internal sealed class BilinearDownsampler(int labelSlots, GridShape grid) : ILabelMapDownsampler
{
    public const double Threshold = 0.5;

    private readonly double[] _values = new double[labelSlots];
    private readonly List<int> _touched = [];

    public void Downsample(ushort[] map, int height, int width, ImageCells output)
    {
        var rows = Taps(height, grid.Height);
        var columns = Taps(width, grid.Width);
        for (int cy = 0; cy < grid.Height; cy++)
            for (int cx = 0; cx < grid.Width; cx++)
            {
                foreach (var (row, rowWeight) in rows[cy])
                    foreach (var (column, columnWeight) in columns[cx])
                        Accumulate(map[row * width + column], rowWeight * columnWeight);

                int cell = grid.CellIndex(cy, cx);
                foreach (int label in _touched)
                {
                    if (_values[label] >= Threshold) output.Set(label, cell);
                    _values[label] = 0;
                }
                _touched.Clear();
            }
    }

    /// <summary>The two source pixels and weights that output index o interpolates between.</summary>
    internal static (int Pixel, double Weight)[][] Taps(int inputSize, int outputSize)
    {
        double scale = (double)inputSize / outputSize;
        var taps = new (int, double)[outputSize][];
        for (int o = 0; o < outputSize; o++)
        {
            double source = Math.Max((o + 0.5) * scale - 0.5, 0);
            int low = Math.Min((int)source, inputSize - 1);
            int high = Math.Min(low + 1, inputSize - 1);
            double fraction = source - low;
            taps[o] = [(low, 1 - fraction), (high, fraction)];
        }
        return taps;
    }

    private void Accumulate(ushort label, double weight)
    {
        if (label == 0 || weight == 0) return;
        if (_values[label] == 0) _touched.Add(label);
        _values[label] += weight;
    }
}
