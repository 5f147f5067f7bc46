using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NeuronOrleans.Grains.Sweeps;

/// <summary>
/// The coordinator grain. A timer (re)starts every unfinished neuron and collects progress; a
/// reminder brings the sweep back after a crash or a full restart without a resubmission.
/// Ensure calls are idempotent, so a neuron whose silo died simply starts on another one from its
/// last checkpoint.
/// </summary>
public sealed partial class SweepGrain(
    [PersistentState("sweep", StorageNames.Sweeps)] IPersistentState<SweepGrainState> state,
    ISweepOutputs outputs,
    IOptions<SweepOptions> options,
    ILogger<SweepGrain> logger) : Grain, ISweepGrain, IRemindable
{
    private const string ReminderName = "sweep";
    private readonly Dictionary<int, NeuronProgress> _running = [];
    private IGrainTimer? _timer;
    private bool _writingOutputs;

    private string SweepId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Phase == SweepPhase.Running) StartTimer();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        NeuronOrleansMetrics.SweepMoved(SweepId);
        return Task.CompletedTask;
    }

    public async Task<SweepStatus> Submit(SweepSpec spec)
    {
        if (spec.SweepId != SweepId)
            throw new ArgumentException($"This spec belongs to sweep {spec.SweepId}, not {SweepId}.");
        if (state.State.Spec is null)
        {
            state.State.Spec = spec;
            state.State.Neurons = spec.Neurons.ToDictionary(n => n, _ => NeuronStatus.Pending);
            state.State.StartedAt = DateTimeOffset.UtcNow;
            state.State.OutputFolder = outputs.OutputFolder(spec);
            state.State.Phase = SweepPhase.Running;
            await state.WriteStateAsync();
            LogSubmitted(logger, SweepId, spec.NeuronCount);
        }
        if (state.State.Phase == SweepPhase.Running) await KeepRunning();
        return Status();
    }

    public Task<SweepStatus> GetStatus() => Task.FromResult(Status());

    public Task<IReadOnlyList<NeuronProgress>> GetNeurons() => Task.FromResult<IReadOnlyList<NeuronProgress>>(
        [.. state.State.Neurons.OrderBy(n => n.Key).Select(n => _running.TryGetValue(n.Key, out var p) && n.Value == NeuronStatus.Running
            ? p : new NeuronProgress(n.Key, n.Value, 0, 0, state.State.Errors.GetValueOrDefault(n.Key)))]);

    public async Task Cancel()
    {
        if (state.State.Phase != SweepPhase.Running) return;
        state.State.Phase = SweepPhase.Cancelled;
        await state.WriteStateAsync();
        StopTimer();
        await UnregisterReminder();
        await Task.WhenAll(Unfinished().Select(n => GrainFactory.GetGrain<INeuronGrain>(NeuronGrainKeys.For(SweepId, n)).Cancel()));
    }

    public async Task<SweepStatus> Resume()
    {
        if (state.State.Spec is null) throw new InvalidOperationException($"Sweep {SweepId} was never submitted.");
        var failed = state.State.Neurons.Where(n => n.Value == NeuronStatus.Failed).Select(n => n.Key).ToList();
        await Task.WhenAll(failed.Select(n => GrainFactory.GetGrain<INeuronGrain>(NeuronGrainKeys.For(SweepId, n)).Retry()));
        foreach (int neuron in failed)
        {
            state.State.Neurons[neuron] = NeuronStatus.Pending;
            state.State.Errors.Remove(neuron);
        }
        if (state.State.Phase == SweepPhase.Cancelled || failed.Count > 0) state.State.Phase = SweepPhase.Running;
        await state.WriteStateAsync();
        if (state.State.Phase == SweepPhase.Running) await KeepRunning();
        return Status();
    }

    public async Task<SweepStatus> WriteOutputs()
    {
        if (state.State.Spec is null) throw new InvalidOperationException($"Sweep {SweepId} was never submitted.");
        await WriteOutputsNow();
        return Status();
    }

    public async Task ReportFinished(NeuronProgress progress)
    {
        if (state.State.Phase != SweepPhase.Running) return;
        if (Record(progress)) await state.WriteStateAsync();
        if (!Unfinished().Any()) await Complete();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.Phase == SweepPhase.Running) await KeepRunning();
        else await UnregisterReminder();
    }

    private async Task KeepRunning()
    {
        await this.RegisterOrUpdateReminder(ReminderName, options.Value.ReminderPeriod, options.Value.ReminderPeriod);
        StartTimer();
    }

    private void StartTimer() => _timer ??= this.RegisterGrainTimer(Poll, new GrainTimerCreationOptions(TimeSpan.Zero, options.Value.PollInterval) { KeepAlive = true });

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>
    /// Ensures every unfinished neuron runs, in parallel; one neuron's failure to answer (its silo
    /// may be dying) is logged and retried at the next tick, never fatal to the sweep.
    /// </summary>
    private async Task Poll(CancellationToken cancellation)
    {
        if (state.State.Phase != SweepPhase.Running || state.State.Spec is not { } spec) return;
        var pending = Unfinished().ToList();
        var answers = await Task.WhenAll(pending.Select(async n =>
        {
            try
            {
                return await GrainFactory.GetGrain<INeuronGrain>(NeuronGrainKeys.For(SweepId, n)).Ensure(spec);
            }
            catch (Exception error)
            {
                LogUnreachable(logger, error, SweepId, n);
                return null;
            }
        }));
        bool changed = false;
        foreach (var progress in answers.OfType<NeuronProgress>()) changed |= Record(progress);
        if (changed) await state.WriteStateAsync();
        NeuronOrleansMetrics.SweepUpdated(Status());
        if (!Unfinished().Any()) await Complete();
    }

    /// <summary>Takes a neuron's progress in; true when its persisted status changed.</summary>
    private bool Record(NeuronProgress progress)
    {
        if (!state.State.Neurons.TryGetValue(progress.Neuron, out var previous)) return false;
        if (progress.Status == NeuronStatus.Running) _running[progress.Neuron] = progress;
        else _running.Remove(progress.Neuron);
        if (previous == progress.Status || previous is NeuronStatus.Done or NeuronStatus.Failed) return false;
        state.State.Neurons[progress.Neuron] = progress.Status;
        if (progress.Error is not null) state.State.Errors[progress.Neuron] = progress.Error;
        return progress.Status is NeuronStatus.Done or NeuronStatus.Failed;
    }

    private async Task Complete()
    {
        if (state.State.Phase != SweepPhase.Running) return;
        StopTimer();
        await WriteOutputsNow();
        state.State.Phase = SweepPhase.Completed;
        await state.WriteStateAsync();
        await UnregisterReminder();
        NeuronOrleansMetrics.SweepUpdated(Status());
        LogCompleted(logger, SweepId, state.State.OutputFolder);
    }

    private async Task WriteOutputsNow()
    {
        var spec = state.State.Spec!;
        _writingOutputs = true;
        var outcomes = await Task.WhenAll(spec.Neurons.Select(n => GrainFactory.GetGrain<INeuronGrain>(NeuronGrainKeys.For(SweepId, n)).GetOutcome()));
        var finished = outcomes.OfType<NeuronOutcome>().OrderBy(o => o.Neuron).ToList();
        state.State.PassesComputed = finished.Sum(o => (long)o.PassesComputed);
        state.State.PassesResumed = finished.Sum(o => (long)o.PassesResumed);
        state.State.PassesNeeded = finished.Sum(o => (long)Math.Max(0, o.BeamHistory.Count - 1));
        try
        {
            await outputs.WriteAsync(spec, finished, CancellationToken.None);
            state.State.OutputError = null;
        }
        catch (Exception error)
        {
            // The results stay in the neuron grains; writing can be retried with WriteOutputs.
            LogOutputsFailed(logger, error, SweepId);
            state.State.OutputError = $"{error.GetType().Name}: {error.Message}";
        }
        finally
        {
            _writingOutputs = false;
        }
        await state.WriteStateAsync();
    }

    private async Task UnregisterReminder()
    {
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private IEnumerable<int> Unfinished() =>
        state.State.Neurons.Where(n => n.Value is not (NeuronStatus.Done or NeuronStatus.Failed)).Select(n => n.Key);

    private SweepStatus Status()
    {
        var neurons = state.State.Neurons.Values;
        var running = _running.Values.Where(p => state.State.Neurons.GetValueOrDefault(p.Neuron) != NeuronStatus.Done).ToList();
        return new SweepStatus
        {
            SweepId = SweepId,
            Phase = state.State.Spec is null ? SweepPhase.Unknown : _writingOutputs ? SweepPhase.WritingOutputs : state.State.Phase,
            Total = neurons.Count,
            Done = neurons.Count(s => s == NeuronStatus.Done),
            Failed = neurons.Count(s => s == NeuronStatus.Failed),
            Running = running.Count,
            RunningPassesDone = running.Sum(p => p.PassesDone),
            RunningPassCount = running.Sum(p => p.PassCount),
            OutputFolder = state.State.OutputFolder,
            StartedAt = state.State.StartedAt,
            PassesComputed = state.State.PassesComputed,
            PassesResumed = state.State.PassesResumed,
            PassesNeeded = state.State.PassesNeeded,
            OutputError = state.State.OutputError,
        };
    }

    [LoggerMessage(1, LogLevel.Information, "Sweep {Sweep} submitted with {Neurons} neurons")]
    private static partial void LogSubmitted(ILogger logger, string sweep, int neurons);

    [LoggerMessage(2, LogLevel.Warning, "Sweep {Sweep}: neuron {Neuron} did not answer; retrying at the next tick")]
    private static partial void LogUnreachable(ILogger logger, Exception error, string sweep, int neuron);

    [LoggerMessage(3, LogLevel.Error, "Sweep {Sweep}: writing the outputs failed")]
    private static partial void LogOutputsFailed(ILogger logger, Exception error, string sweep);

    [LoggerMessage(4, LogLevel.Information, "Sweep {Sweep} completed; outputs in {Folder}")]
    private static partial void LogCompleted(ILogger logger, string sweep, string folder);
}
