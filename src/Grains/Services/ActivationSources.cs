using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Thresholds;
using NeuronOrleans.Probing.Import;

namespace NeuronOrleans.Grains.Services;

/// <summary>
/// Silo-local: opens each activation file once and hands every neuron grain its own slice,
/// binarised with the neuron's threshold (ALGORITHM §3).
/// </summary>
public sealed class ActivationSources : IDisposable
{
    private readonly LoadOnceCache<string, INeuronActivations> _files = new();
    private readonly LoadOnceCache<string, double[]> _thresholds = new();

    public NeuronData Load(ActivationSpec spec, int neuron)
    {
        var activations = Open(spec.File);
        if (neuron < 0 || neuron >= activations.Units)
            throw new ArgumentOutOfRangeException(nameof(neuron), neuron, $"{spec.File} has units 0..{activations.Units - 1}.");
        var values = activations.ReadNeuron(neuron);
        double threshold = spec.ThresholdsFile is { } file
            ? ThresholdsFrom(file, activations.Units)[neuron]
            : Quantile.Hazen(values, Quantile.DefaultLevel);
        return new NeuronData(NeuronMask.FromActivations(values, activations.Images, activations.Grid, threshold), threshold);
    }

    /// <summary>A neuron's mask at a threshold already known (e.g. from its result), without computing the quantile again.</summary>
    public NeuronMask Mask(ActivationSpec spec, int neuron, double threshold)
    {
        var activations = Open(spec.File);
        return NeuronMask.FromActivations(activations.ReadNeuron(neuron), activations.Images, activations.Grid, threshold);
    }

    private INeuronActivations Open(string file) =>
        _files.Get(Path.GetFullPath(file), ActivationFiles.Open);

    private double[] ThresholdsFrom(string file, int units)
    {
        var thresholds = _thresholds.Get(Path.GetFullPath(file), NpyArrays.ReadVector);
        if (thresholds.Length != units)
            throw new InvalidDataException($"{file}: holds {thresholds.Length} thresholds for {units} units.");
        return thresholds;
    }

    public void Dispose()
    {
        foreach (var file in _files.Loaded) file.Dispose();
    }
}
