using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Coordinator.Inputs;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Probing.Import;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary>
/// The label masks and neuron masks a job's settings describe, loaded in this process: for commands
/// that score formulas against neurons without running a sweep.
/// </summary>
internal sealed class LocalNeurons : IDisposable
{
    private readonly ActivationSource _activations;

    private LocalNeurons(SweepSpec spec, LabelMaskBank bank)
    {
        _activations = new ActivationSource(spec.Activations.File, spec.Activations.ThresholdsFile);
        Bank = bank;
        Search = spec.Search;
    }

    public LabelMaskBank Bank { get; }

    public SearchSettings Search { get; }

    public static LocalNeurons Open(JobSettings settings, TextWriter log)
    {
        var spec = JobPreparation.Prepare(settings, ComputeKinds.Cpu, log);
        if (!File.Exists(spec.Activations.File))
            throw new UserInputException($"{spec.Activations.File} does not exist yet: run the sweep with the same options first, or give --activations.");
        var dataset = BrodenDataset.Open(spec.Dataset.Folder, spec.Dataset.IndexFile);
        var bank = MaskBankCache.Open(dataset, spec.Dataset.MaskBank, spec.Dataset.CacheFolder).Bank;
        return new LocalNeurons(spec, bank);
    }

    /// <summary>A neuron's mask and threshold.</summary>
    public NeuronData Load(int neuron) => _activations.Load(neuron);

    public void Dispose() => _activations.Dispose();
}
