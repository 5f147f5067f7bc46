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
    /// <summary>One neuron's values into <paramref name="destination"/> (at least images × cells long).</summary>
    void ReadNeuron(int unit, Span<float> destination);
}
