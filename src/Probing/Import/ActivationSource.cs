using System.Buffers;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Thresholds;

namespace NeuronOrleans.Probing.Import;

/// <summary>
/// One activation file with its thresholds: each neuron's values binarised by its threshold
/// (ALGORITHM §3), given in a file or the exact quantile. The one way a neuron's mask is loaded, by
/// the silos (which keep one per file), the CLI's own commands and the tests.
/// </summary>
public sealed class ActivationSource : IDisposable
{
    private readonly string _file;
    private readonly INeuronActivations _activations;
    private readonly double[]? _thresholds;

    /// <exception cref="FileNotFoundException">The activation file does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not of a supported kind, or the thresholds do not match the units.</exception>
    public ActivationSource(string file, string? thresholdsFile)
    {
        _file = file;
        _activations = ActivationFiles.Open(file);
        try
        {
            _thresholds = thresholdsFile is null ? null : NpyArrays.ReadVector(thresholdsFile);
            if (_thresholds is not null && _thresholds.Length != _activations.Units)
                throw new InvalidDataException($"{thresholdsFile}: holds {_thresholds.Length} thresholds for {_activations.Units} units.");
        }
        catch
        {
            _activations.Dispose();
            throw;
        }
    }

    public int Units => _activations.Units;

    /// <exception cref="ArgumentOutOfRangeException">The file has no such unit.</exception>
    public NeuronData Load(int neuron)
    {
        if (neuron < 0 || neuron >= _activations.Units)
            throw new ArgumentOutOfRangeException(nameof(neuron), neuron, $"{_file} has units 0..{_activations.Units - 1}.");
        // A neuron's values are megabytes at full size: a pooled buffer spares a large-object allocation per neuron.
        int length = _activations.Images * _activations.Grid.Cells;
        var buffer = ArrayPool<float>.Shared.Rent(length);
        try
        {
            var values = buffer.AsSpan(0, length);
            _activations.ReadNeuron(neuron, values);
            double threshold = _thresholds?[neuron] ?? Quantile.Hazen(values, Quantile.DefaultLevel);
            return new NeuronData(NeuronMask.FromActivations(values, _activations.Images, _activations.Grid, threshold), threshold);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _activations.Dispose();
}
