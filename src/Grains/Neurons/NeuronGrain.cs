using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Grains.Storage;
using NeuronOrleans.Grains.Work;
using NeuronOrleans.Probing.Import;
using NeuronOrleans.Reports.Images;
using Orleans.Placement;

namespace NeuronOrleans.Grains.Neurons;

/// <summary>
/// One neuron's search. <see cref="Start"/> returns at once; the search runs as background work on
/// this silo's compute threads, pass by pass, with the checkpoint persisted after every pass so that
/// a new activation (after a crash or a hand-over) continues where it stopped. The outcome is stored
/// before the certificate step, which a later run can therefore do alone. Placed on the silo whose
/// worker leased the neuron, so work goes where capacity is free.
/// </summary>
[PreferLocalPlacement]
public sealed partial class NeuronGrain(
    [PersistentState("neuron", StorageNames.Sweeps)] IPersistentState<NeuronGrainState> state,
    DatasetCache datasets,
    ActivationSources activations,
    ComputeBackends backends,
    ComputeScheduler compute,
    WorkerWakeUp wakeUp,
    IHostApplicationLifetime host,
    NeuronOrleansMetrics metrics,
    ILogger<NeuronGrain> logger) : Grain, INeuronGrain
{
    private Task? _run;
    private CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(host.ApplicationStopping);
    private bool _searching;
    private int _passesDone;
    private int _passCount;
    private string? _waiting;

    private int Neuron => (int)this.GetPrimaryKeyLong(out _);

    private string SweepId
    {
        get
        {
            this.GetPrimaryKeyLong(out var sweepId);
            return sweepId!;
        }
    }

    public Task<NeuronProgress> Start(SweepSpec spec)
    {
        if (NeedsWork(spec) && _run is null or { IsCompleted: true })
        {
            // A silo that begins to shut down stops its searches after the running pass, so that
            // they continue on another silo while this one winds down, not when it is gone.
            if (_stop.IsCancellationRequested) _stop = CancellationTokenSource.CreateLinkedTokenSource(host.ApplicationStopping);
            _searching = true;
            _run = RunAsync(spec, _stop.Token);
        }
        return GetProgress();
    }

    public Task<NeuronProgress> GetProgress()
    {
        var outcome = state.State.Outcome;
        // Running while a run is under way, also when it only certifies a stored outcome.
        var status = _searching ? NeuronStatus.Running
            : outcome is null ? NeuronStatus.Pending
            : outcome.Failed ? NeuronStatus.Failed : NeuronStatus.Done;
        return Task.FromResult(new NeuronProgress(Neuron, status, _passesDone, _passCount, outcome?.Error)
        {
            PassesComputed = state.State.PassesComputed,
            Silo = RuntimeIdentity,
            Waiting = _waiting,
            SweepFault = outcome?.SweepFault == true,
            Certified = outcome?.Certified == true,
        });
    }

    /// <summary>No outcome yet, or a certificate asked for that the outcome lacks.</summary>
    private bool NeedsWork(SweepSpec spec) => state.State.Outcome is not { } outcome || (spec.Certify && !outcome.Failed && !outcome.Certified);

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
        await DurableState.WriteAsync(state);
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
        metrics.NeuronStarted();
        try
        {
            await SearchAsync(spec, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return;
        }
        catch (InputFault fault) when (state.State.Outcome is { Failed: false } searched)
        {
            // The certificate step failed: the search's result stays, with the certificate's error.
            LogFailed(logger, fault.InnerException!, SweepId, Neuron);
            state.State.Outcome = searched with { Certified = true, BestOfLengthTwo = null, CertificateError = NeuronOutcomes.Describe(fault.InnerException!) };
            await Store(stop);
        }
        catch (InputFault fault)
        {
            // Only a fault of the inputs is a result: a retry could not fix it.
            if (fault.SharedBySweep) LogSweepInputFault(logger, SweepId, fault.Message);
            else LogFailed(logger, fault.InnerException!, SweepId, Neuron);
            state.State.Outcome = NeuronOutcomes.Failure(Neuron, fault.InnerException!) with { SweepFault = fault.SharedBySweep };
            state.State.Checkpoint = null;
            await Store(stop);
        }
        finally
        {
            _searching = false;
            metrics.NeuronStopped();
            wakeUp.WorkEnded();
        }
        metrics.NeuronFinished(SweepId, state.State.Outcome!.Failed, watch.Elapsed);
    }

    private async Task SearchAsync(SweepSpec spec, CancellationToken stop)
    {
        var backend = backends.Best;
        var dataset = await InputFault.Guard(() => datasets.GetAsync(spec.Dataset), sharedBySweep: true);
        var step = Stopwatch.StartNew();
        var (search, neuron) = await InputFault.Guard(async () =>
        {
            var data = await compute.Run(() => activations.Load(spec.Activations, Neuron));
            Spent(step, (timings, ms) => timings with { Activations = timings.Activations + ms });
            // Read on the grain's turn: grain state is not to be touched from the compute threads.
            var checkpoint = state.State.Checkpoint;
            var started = await compute.Run(() => new BeamSearch(dataset.Bank, spec.Search, backend).Start(data.Mask, checkpoint), stop);
            Spent(step, (timings, ms) => timings with { Primitives = timings.Primitives + ms });
            return (started, data);
        });
        using (search)
        {
            if (state.State.Outcome is null) await SearchPassesAsync(search, backend.Name, neuron, dataset.Bank, step, stop);
            if (spec.Certify) await CertifyAsync(search, step, stop);
        }
    }

    private async Task SearchPassesAsync(NeuronSearch search, string backend, NeuronData neuron, LabelMaskBank bank, Stopwatch step, CancellationToken stop)
    {
        state.State.PassesResumed = search.PassesDone;
        (_passesDone, _passCount) = (search.PassesDone, search.PassCount);
        while (!search.IsComplete)
        {
            stop.ThrowIfCancellationRequested();
            long before = search.FormulasEvaluated;
            var pass = Stopwatch.StartNew();
            await InputFault.Guard(() => compute.Run(search.RunPass, stop));
            metrics.PassFinished(backend, search.FormulasEvaluated - before, pass.Elapsed);
            Spent(step, (timings, ms) => timings with { Passes = timings.Passes + ms });
            state.State.Checkpoint = search.Checkpoint;
            state.State.PassesComputed++;
            await Store(stop);
            Spent(step, (timings, ms) => timings with { Checkpoints = timings.Checkpoints + ms });
            _passesDone = search.PassesDone;
        }
        var (result, samples) = await InputFault.Guard(() => compute.Run(() =>
        {
            var result = search.Result();
            // The whole dataset's mask: an easy-mode search sees only the images where the neuron fires.
            return (result, CardSampling.Choose(bank, neuron.Mask, result, Neuron));
        }));
        Spent(step, (timings, ms) => timings with { Passes = timings.Passes + ms });
        state.State.Outcome = new NeuronOutcome
        {
            Neuron = Neuron,
            Threshold = neuron.Threshold,
            Result = result,
            Samples = samples,
            PassesComputed = state.State.PassesComputed,
            PassesResumed = state.State.PassesResumed,
            Backend = backend,
            Silo = RuntimeIdentity,
            Timings = state.State.Timings,
        };
        state.State.Checkpoint = null;
        await Store(CancellationToken.None);
    }

    /// <summary>The certificate step (ALGORITHM §6.8), on a search that has run its passes or only started.</summary>
    private async Task CertifyAsync(NeuronSearch search, Stopwatch step, CancellationToken stop)
    {
        var best = await InputFault.Guard(() => compute.Run(search.BestOfLengthTwo, stop));
        Spent(step, (timings, ms) => timings with { Certificate = timings.Certificate + ms });
        state.State.Outcome = state.State.Outcome! with { Certified = true, BestOfLengthTwo = best, Timings = state.State.Timings };
        await Store(CancellationToken.None);
    }

    /// <summary>Adds the time since the last step to one step of the neuron's timings and restarts the clock.</summary>
    private void Spent(Stopwatch step, Func<WorkTimings, double, WorkTimings> add)
    {
        state.State.Timings = add(state.State.Timings, step.Elapsed.TotalMilliseconds);
        step.Restart();
    }

    private Task Store(CancellationToken stop) => DurableState.WriteUntilStoredAsync(state, waiting => _waiting = waiting, logger, stop);

    [LoggerMessage(1, LogLevel.Warning, "Neuron {Neuron} of sweep {Sweep} failed")]
    private static partial void LogFailed(ILogger logger, Exception error, string sweep, int neuron);

    [LoggerMessage(2, LogLevel.Debug, "Sweep {Sweep} fails on its shared inputs: {Reason}")]
    private static partial void LogSweepInputFault(ILogger logger, string sweep, string reason);
}
