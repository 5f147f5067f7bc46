using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// The per-neuron search as a pure function of the label masks, the settings and the neuron's
/// mask (ALGORITHM §6).
/// </summary>
public sealed class BeamSearch
{
    private readonly LabelMaskBank _bank;
    private readonly SearchSettings _settings;
    private readonly ICountBackend _backend;

    public BeamSearch(LabelMaskBank bank, SearchSettings settings, ICountBackend? backend = null)
    {
        settings.Validate();
        _bank = bank;
        _settings = settings;
        _backend = backend ?? CpuCountBackend.Instance;
    }

    /// <summary>Starts a search, or resumes one from a checkpoint taken after some pass.</summary>
    /// <exception cref="ArgumentException">The neuron mask's images or grid differ from the label masks'.</exception>
    /// <exception cref="InvalidOperationException">The checkpoint belongs to other data or settings.</exception>
    public NeuronSearch Start(NeuronMask neuron, SearchCheckpoint? resumeFrom = null)
    {
        if (neuron.ImageCount != _bank.ImageCount || neuron.Grid != _bank.Grid)
            throw new ArgumentException($"The neuron mask covers {neuron.ImageCount} images of {neuron.Grid}; the label masks {_bank.ImageCount} of {_bank.Grid}.");
        var (bank, restricted) = _settings.EasyMode ? EasyModeView.Restrict(_bank, neuron) : (_bank, neuron);
        return new NeuronSearch(bank, restricted, _settings, _backend, resumeFrom);
    }

    /// <summary>Runs a whole search, reporting the checkpoint after every pass.</summary>
    public SearchResult Run(NeuronMask neuron, Action<SearchCheckpoint>? afterPass = null, CancellationToken cancellation = default)
    {
        using var search = Start(neuron);
        while (!search.IsComplete)
        {
            cancellation.ThrowIfCancellationRequested();
            search.RunPass();
            afterPass?.Invoke(search.Checkpoint);
        }
        return search.Result();
    }
}
