namespace NeuronOrleans.Reports.Images;

/// <summary>An image chosen for a neuron's card, with the neuron's and the best formula's cells on it.</summary>
public sealed record SampledImage(int Image, ImageMasks Masks);
