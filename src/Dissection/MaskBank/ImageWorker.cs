using NeuronOrleans.Dissection.Broden;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// One build thread's state: decode buffers, the downsampler and the per-image cell scratch, all
/// reused from image to image so that the hot loop allocates nothing of its own.
/// </summary>
internal sealed class ImageWorker(BrodenDataset dataset, LabelMapDecoder decoder, MaskBankSettings settings, int labelSlots)
{
    private readonly ILabelMapDownsampler _downsampler = settings.Downsampling == DownsamplingMode.Block
        ? new BlockDownsampler(labelSlots, settings.Grid, settings.DownsamplingThreshold)
        : new BilinearDownsampler(labelSlots, settings.Grid);

    private readonly ImageCells _cells = new(labelSlots, settings.Grid);
    private ushort[][] _planes = [];

    /// <summary>The image's cells per label; valid until the next call.</summary>
    public ImageCells Cells(BrodenImage image)
    {
        _cells.Clear();
        if (image.LabelMaps.Count > 0)
        {
            if (image.MapHeight < settings.Grid.Height || image.MapWidth < settings.Grid.Width)
                throw new BrodenFormatException(
                    $"Image {image.Index} ('{image.Image}'): label maps of {image.MapHeight}×{image.MapWidth} are smaller than the {settings.Grid} grid.");
            var planes = Planes(image.LabelMaps.Count, image.MapHeight * image.MapWidth);
            for (int i = 0; i < planes.Length; i++)
                decoder.Decode(dataset.LabelMapPath(image.LabelMaps[i]), image.MapHeight, image.MapWidth, planes[i]);
            _downsampler.Downsample(planes, image.MapHeight, image.MapWidth, _cells);
        }
        foreach (int label in image.ImageLabels) _cells.SetAll(label);
        return _cells;
    }

    private ReadOnlySpan<ushort[]> Planes(int count, int pixels)
    {
        if (_planes.Length < count) Array.Resize(ref _planes, count);
        for (int i = 0; i < count; i++)
            if (_planes[i] is null || _planes[i].Length != pixels) _planes[i] = new ushort[pixels];
        return _planes.AsSpan(0, count);
    }
}
