using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Probing.Import;

/// <summary>A neuron's binarised mask and the threshold that made it.</summary>
public sealed record NeuronData(NeuronMask Mask, double Threshold);
