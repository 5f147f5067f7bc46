namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>Turns one decoded label map into grid cells per label. One instance per worker thread.</summary>
internal interface ILabelMapDownsampler
{
    /// <summary>
    /// Sets the cells of each label of <paramref name="map"/> in <paramref name="output"/>, keeping the
    /// cells already set: an image's planes are downsampled one at a time and OR-ed (ALGORITHM §2.1).
    /// </summary>
    /// <param name="map">One label map, row-major with at least height·width pixels.</param>
    void Downsample(ushort[] map, int height, int width, ImageCells output);
}
