using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Reports.Images;

namespace NeuronOrleans.Grains.Surrogates;

// A card's sample travels from the neuron's grain to the sweep's report writer.

[GenerateSerializer]
public struct SampledImageSurrogate
{
    [Id(0)] public int Image;
    [Id(1)] public int GridHeight;
    [Id(2)] public int GridWidth;
    [Id(3)] public ulong[] Neuron;
    [Id(4)] public ulong[] Formula;
}

[RegisterConverter]
public sealed class SampledImageConverter : IConverter<SampledImage, SampledImageSurrogate>
{
    public SampledImage ConvertFromSurrogate(in SampledImageSurrogate surrogate) =>
        new(surrogate.Image, new ImageMasks(new GridShape(surrogate.GridHeight, surrogate.GridWidth), surrogate.Neuron, surrogate.Formula));

    public SampledImageSurrogate ConvertToSurrogate(in SampledImage value) => new()
    {
        Image = value.Image,
        GridHeight = value.Masks.Grid.Height,
        GridWidth = value.Masks.Grid.Width,
        Neuron = value.Masks.NeuronWords.ToArray(),
        Formula = value.Masks.FormulaWords.ToArray(),
    };
}
