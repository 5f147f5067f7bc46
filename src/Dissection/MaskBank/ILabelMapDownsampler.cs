namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>Turns one image's decoded label maps into grid cells per label. One instance per worker thread.</summary>
internal interface ILabelMapDownsampler
{
    /// <param name="planes">The image's label maps, each row-major with at least height·width pixels; OR-ed per label.</param>
    void Downsample(ReadOnlySpan<ushort[]> planes, int height, int width, ImageCells output);
}
