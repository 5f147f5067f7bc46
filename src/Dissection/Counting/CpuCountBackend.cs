using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>The reference backend: packed-word kernels on the calling thread.</summary>
public sealed class CpuCountBackend : ICountBackend
{
    public static readonly CpuCountBackend Instance = new();

    public string Name => "cpu";

    public ICountSession Open(LabelMaskBank bank, NeuronMask neuron) => new CpuCountSession(bank, neuron);
}
