using NeuronOrleans.Dissection.Broden;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// One build thread's state: decode buffers, the downsampler and the per-image cell scratch, all
/// reused from image to image so that the hot loop allocates nothing of its own.
/// </summary>
internal sealed class ImageWorker(BrodenDataset dataset, LabelMapDecoder decoder, MaskBankSettings settings, int labelSlots)
{
    private readonly ILabelMapDownsampler _downsampler = settings.Downsampling == DownsamplingMode.Block
        ? new BlockDownsampler(labelSlots, settings.Grid, settings.CellThreshold)
        : new BilinearDownsampler(labelSlots, settings.Grid);

    private readonly ImageCells _cells = new(labelSlots, settings.Grid);
    private ushort[] _map = [];

    /// <summary>The image's cells per label; valid until the next call.</summary>
    public ImageCells Cells(BrodenImage image)
    {
        _cells.Clear();
        if (image.LabelMaps.Count > 0)
        {
            if (image.MapHeight < settings.Grid.Height || image.MapWidth < settings.Grid.Width)
                throw new BrodenFormatException(
                    $"Image {image.Index} ('{image.Image}'): label maps of {image.MapHeight}×{image.MapWidth} are smaller than the {settings.Grid} grid.");
            var map = Map(image.MapHeight * image.MapWidth);
            foreach (var labelMap in image.LabelMaps)
            {
                decoder.Decode(dataset.LabelMapPath(labelMap), image.MapHeight, image.MapWidth, map);
                _downsampler.Downsample(map, image.MapHeight, image.MapWidth, _cells);
            }
        }
        foreach (int label in image.ImageLabels) _cells.SetAll(label);
        return _cells;
    }

    private ushort[] Map(int pixels)
    {
        if (_map.Length != pixels) _map = new ushort[pixels];
        return _map;
    }
}
