using Microsoft.Extensions.Logging.Abstractions;
using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Coordinator.Inputs;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary>
/// The label masks and neuron masks a job's settings describe, loaded in this process: for commands
/// that score formulas against neurons without running a sweep.
/// </summary>
internal sealed class LocalNeurons : IDisposable
{
    private readonly ActivationSources _sources = new();
    private readonly SweepSpec _spec;

    private LocalNeurons(SweepSpec spec, LabelMaskBank bank)
    {
        _spec = spec;
        Bank = bank;
        Search = spec.Search.ToSearchSettings();
    }

    public LabelMaskBank Bank { get; }

    public SearchSettings Search { get; }

    public static async Task<LocalNeurons> OpenAsync(JobSettings settings, TextWriter log)
    {
        var spec = JobPreparation.Prepare(settings, ComputeKinds.Cpu, log);
        if (!File.Exists(spec.Activations.File))
            throw new UserInputException($"{spec.Activations.File} does not exist yet: run the sweep with the same options first, or give --activations.");
        using var compute = new ComputeScheduler(Environment.ProcessorCount);
        var dataset = await new DatasetCache(compute, NullLogger<DatasetCache>.Instance).GetAsync(spec.Dataset);
        return new LocalNeurons(spec, dataset.Bank);
    }

    /// <summary>A neuron's mask and threshold.</summary>
    public NeuronData Load(int neuron) => _sources.Load(_spec.Activations, neuron);

    public void Dispose() => _sources.Dispose();
}
