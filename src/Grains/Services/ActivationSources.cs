using NeuronOrleans.Probing.Import;

namespace NeuronOrleans.Grains.Services;

/// <summary>
/// Silo-local: one <see cref="ActivationSource"/> per activation file and thresholds file, opened once
/// and shared by every neuron grain there.
/// </summary>
public sealed class ActivationSources : IDisposable
{
    private readonly LoadOnceCache<(string File, string? Thresholds), ActivationSource> _sources = new();

    public NeuronData Load(ActivationSpec spec, int neuron) => Source(spec).Load(neuron);

    private ActivationSource Source(ActivationSpec spec) =>
        _sources.Get((Path.GetFullPath(spec.File), spec.ThresholdsFile is { } file ? Path.GetFullPath(file) : null), key => new ActivationSource(key.File, key.Thresholds));

    public void Dispose()
    {
        foreach (var source in _sources.Loaded) source.Dispose();
    }
}
