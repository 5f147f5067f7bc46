using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Probing.Import;

/// <summary>
/// Per-neuron activation slices, whatever file they come from: one neuron's values over all
/// images, image-major within the slice (images × grid cells).
/// </summary>
public interface INeuronActivations : IDisposable
{
    int Units { get; }
    int Images { get; }
    GridShape Grid { get; }
    float[] ReadNeuron(int unit);
}
