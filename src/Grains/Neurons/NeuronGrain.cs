using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains.Placement;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Grains.Neurons;

/// <summary>
/// One neuron's search. <see cref="Ensure"/> returns at once; the search runs as background work
/// on this silo, off the grain scheduler pass by pass, with the checkpoint persisted after every
/// pass so that a new activation (after a crash or a hand-over) continues where it stopped.
/// </summary>
[GpuPreferredPlacementFilter]
[EvenSpreadPlacement]
public sealed partial class NeuronGrain(
    [PersistentState("neuron", StorageNames.Sweeps)] IPersistentState<NeuronGrainState> state,
    DatasetCache datasets,
    ActivationSources activations,
    SearchSlots slots,
    ComputeBackends backends,
    ILogger<NeuronGrain> logger) : Grain, INeuronGrain
{
    private Task? _run;
    private CancellationTokenSource _stop = new();
    private bool _searching;
    private int _passesDone;
    private int _passCount;

    private int Neuron => NeuronGrainKeys.NeuronOf(this.GetPrimaryKeyString());

    private string SweepId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().LastIndexOf('/')];

    public Task<NeuronProgress> Ensure(SweepSpec spec)
    {
        if (state.State.Outcome is null && _run is null or { IsCompleted: true })
        {
            if (_stop.IsCancellationRequested) _stop = new CancellationTokenSource();
            _passCount = spec.Search.MaxFormulaLength - 1;
            _run = RunAsync(spec, _stop.Token);
        }
        return GetProgress();
    }

    public Task<NeuronProgress> GetProgress()
    {
        var outcome = state.State.Outcome;
        // Waiting for a search slot counts as pending: only searches under way are running.
        var status = outcome is null ? (_searching ? NeuronStatus.Running : NeuronStatus.Pending)
            : outcome.Failed ? NeuronStatus.Failed : NeuronStatus.Done;
        return Task.FromResult(new NeuronProgress(Neuron, status, _passesDone, _passCount, outcome?.Error));
    }

    public Task<NeuronOutcome?> GetOutcome() => Task.FromResult(state.State.Outcome);

    public Task Cancel()
    {
        _stop.Cancel();
        return Task.CompletedTask;
    }

    public async Task Retry()
    {
        if (state.State.Outcome is not { Failed: true }) return;
        state.State.Outcome = null;
        await state.WriteStateAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Hand the work back: stop after the running pass; its checkpoint is already persisted.
        _stop.Cancel();
        if (_run is not null) await _run.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
    }

    private async Task RunAsync(SweepSpec spec, CancellationToken stop)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var slot = await slots.AcquireAsync(stop);
            NeuronOrleansMetrics.NeuronStarted();
            _searching = true;
            try
            {
                await SearchAsync(spec, stop);
            }
            finally
            {
                _searching = false;
                NeuronOrleansMetrics.NeuronStopped();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception error)
        {
            LogFailed(logger, error, SweepId, Neuron);
            state.State.Outcome = NeuronOutcomes.Failure(Neuron, error);
            state.State.Checkpoint = null;
            await state.WriteStateAsync();
        }
        NeuronOrleansMetrics.NeuronFinished(SweepId, state.State.Outcome!.Failed, watch.Elapsed);
        GrainFactory.GetGrain<ISweepGrain>(SweepId).ReportFinished(await GetProgress()).Ignore();
    }

    private async Task SearchAsync(SweepSpec spec, CancellationToken stop)
    {
        var settings = spec.Search.ToSearchSettings();
        var dataset = await datasets.GetAsync(spec.Dataset);
        var data = await activations.LoadAsync(spec.Activations, Neuron);
        var checkpoint = state.State.Checkpoint is { } bytes ? SearchCheckpoint.FromBytes(bytes) : null;
        var backend = backends.Best;
        using var search = await Task.Run(() => new BeamSearch(dataset.Bank, settings, backend).Start(data.Mask, checkpoint), stop);
        state.State.PassesResumed = search.PassesDone;
        _passesDone = search.PassesDone;
        while (!search.IsComplete)
        {
            stop.ThrowIfCancellationRequested();
            long before = search.FormulasEvaluated;
            var pass = Stopwatch.StartNew();
            await Task.Run(search.RunPass, stop);
            NeuronOrleansMetrics.PassFinished(backend.Name, search.FormulasEvaluated - before, pass.Elapsed);
            state.State.Checkpoint = search.Checkpoint.ToBytes();
            state.State.PassesComputed++;
            await state.WriteStateAsync();
            _passesDone = search.PassesDone;
        }
        var result = await Task.Run(search.Result);
        state.State.Outcome = NeuronOutcomes.From(Neuron, data.Threshold, result) with
        {
            PassesComputed = state.State.PassesComputed,
            PassesResumed = state.State.PassesResumed,
            Backend = backend.Name,
            Silo = RuntimeIdentity,
        };
        state.State.Checkpoint = null;
        await state.WriteStateAsync();
    }

    [LoggerMessage(1, LogLevel.Warning, "Neuron {Neuron} of sweep {Sweep} failed")]
    private static partial void LogFailed(ILogger logger, Exception error, string sweep, int neuron);
}
