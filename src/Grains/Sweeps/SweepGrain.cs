using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeuronOrleans.Grains.Storage;
using NeuronOrleans.Probing.Extraction;

namespace NeuronOrleans.Grains.Sweeps;

/// <summary>
/// The coordinator grain. It hands out its work (probe shards, then neuron searches) one piece at a
/// time to the silo workers that ask for it (<see cref="Lease"/>), so work follows free capacity
/// and silos that join mid-sweep; workers report progress, which renews their leases, and a lease
/// whose silo left or went quiet is handed out again. Every call returns at once: state is written
/// in the background (retried while storage is down) and so are the outputs.
/// </summary>
public sealed partial class SweepGrain(
    [PersistentState("sweep", StorageNames.Sweeps)] IPersistentState<SweepGrainState> state,
    ISweepOutputs outputs,
    ISiloStatusOracle membership,
    IOptions<SweepOptions> options,
    NeuronOrleansMetrics metrics,
    ILogger<SweepGrain> logger) : Grain, ISweepGrain, IRemindable
{
    private const string ReminderName = "sweep";
    private readonly WorkLeases _leases = new(options.Value.LeaseTimeout);
    // What a worker said about its free GPU slots is trusted for a few of its ticks only.
    private readonly RecentWorkers _workers = new(TimeSpan.FromSeconds(5));
    private readonly Dictionary<int, NeuronProgress> _running = [];
    private readonly Dictionary<int, (string Silo, ShardProgress Progress)> _shards = [];
    private readonly BackgroundStateWriter<SweepGrainState> _writer = new(state, logger);
    private string? _outcomesWaiting;
    private Task? _writing;

    private string SweepId => this.GetPrimaryKeyString();

    private SweepGrainState State => state.State;

    private bool IsActive => State.Phase is SweepPhase.Probing or SweepPhase.Running;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (IsActive) await Registry.Register(SweepId);
        if (State.Phase == SweepPhase.WritingOutputs) StartWritingOutputs(completes: true);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.SweepMoved(SweepId);
        return Task.CompletedTask;
    }

    public async Task<SweepStatus> Submit(SweepSpec spec)
    {
        if (spec.SweepId != SweepId)
            throw new ArgumentException($"This spec belongs to sweep {spec.SweepId}, not {SweepId}.");
        if (State.Spec is null)
        {
            State.Spec = spec;
            State.Neurons = spec.Neurons.ToDictionary(n => n, _ => NeuronStatus.Pending);
            State.StartedAt = DateTimeOffset.UtcNow;
            State.OutputFolder = outputs.OutputFolder(spec);
            State.Phase = spec.Activations.Probe is null ? SweepPhase.Running : SweepPhase.Probing;
            await Persist();
            LogSubmitted(logger, SweepId, spec.NeuronCount);
        }
        else if (spec.Outputs != State.Spec.Outputs || spec.Certify != State.Spec.Certify)
        {
            // Same results, other presentation or certificates: the outputs follow the latest submission.
            bool certifyNow = spec.Certify && !State.Spec.Certify;
            State.Spec = State.Spec with { Outputs = spec.Outputs, Certify = spec.Certify };
            State.OutputFolder = outputs.OutputFolder(State.Spec);
            if (certifyNow) AwaitCertificates();
            else if (State.Phase == SweepPhase.Completed)
            {
                State.Phase = SweepPhase.WritingOutputs;
                StartWritingOutputs(completes: true);
            }
            await Persist();
        }
        if (IsActive) await KeepActive();
        return Status();
    }

    public Task<SweepStatus> GetStatus() => Task.FromResult(Status());

    /// <summary>Searched neurons go back to pending for their certificate step; a finished sweep runs again.</summary>
    private void AwaitCertificates()
    {
        foreach (int neuron in State.Neurons.Where(n => n.Value == NeuronStatus.Done).Select(n => n.Key).ToList())
            State.Neurons[neuron] = NeuronStatus.Pending;
        if (State.Phase is SweepPhase.Completed or SweepPhase.WritingOutputs) State.Phase = SweepPhase.Running;
    }

    public Task<IReadOnlyList<NeuronProgress>> GetNeurons() => Task.FromResult<IReadOnlyList<NeuronProgress>>(
        [.. State.Neurons.OrderBy(n => n.Key).Select(n => n.Value == NeuronStatus.Pending && _running.TryGetValue(n.Key, out var p)
            ? p : new NeuronProgress(n.Key, n.Value, 0, 0, State.Errors.GetValueOrDefault(n.Key)) { Silo = State.NeuronSilos.GetValueOrDefault(n.Key, "") })]);

    public Task<IReadOnlyList<SiloWork>> GetSilos() => Task.FromResult(SiloShares.Of(State, _running.Values, _shards.Values, _workers.Latest));

    public async Task Cancel()
    {
        if (!IsActive) return;
        State.Phase = SweepPhase.Cancelled;
        // Only work that exists is told to stop: the neurons leased right now.
        var leased = _leases.Leased(WorkKind.Search).ToList();
        _leases.Clear();
        _running.Clear();
        _shards.Clear();
        await Persist();
        await Registry.Unregister(SweepId);
        await Task.WhenAll(leased.Select(n => Neuron(n).Cancel()));
    }

    public async Task<SweepStatus> Resume()
    {
        if (State.Spec is not { } spec) throw new InvalidOperationException($"Sweep {SweepId} was never submitted.");
        var failed = State.Neurons.Where(n => n.Value == NeuronStatus.Failed).Select(n => n.Key).ToList();
        await Task.WhenAll(failed.Select(n => Neuron(n).Retry()));
        foreach (int neuron in failed)
        {
            State.Neurons[neuron] = NeuronStatus.Pending;
            State.Errors.Remove(neuron);
        }
        if (State.Phase is SweepPhase.Cancelled or SweepPhase.Failed || failed.Count > 0)
        {
            State.Phase = spec.Activations.Probe is not null && !State.StoreComplete ? SweepPhase.Probing : SweepPhase.Running;
            State.Error = null;
        }
        await Persist();
        if (IsActive) await KeepActive();
        return Status();
    }

    public async Task<SweepStatus> WriteOutputs()
    {
        if (State.Spec is null) throw new InvalidOperationException($"Sweep {SweepId} was never submitted.");
        bool completes = State.Phase == SweepPhase.Completed;
        if (completes)
        {
            State.Phase = SweepPhase.WritingOutputs;
            await Persist();
        }
        StartWritingOutputs(completes);
        return Status();
    }

    public Task<WorkItem?> Lease(WorkerInfo worker)
    {
        var now = DateTime.UtcNow;
        _workers.Heard(worker, now);
        if (!IsActive || State.Spec is not { } spec) return Task.FromResult<WorkItem?>(null);
        _leases.Expire(now, IsAlive);
        int? index = State.Phase == SweepPhase.Probing ? NextShard(spec, worker) : NextNeuron(worker, now);
        if (index is not { } chosen) return Task.FromResult<WorkItem?>(null);
        var kind = State.Phase == SweepPhase.Probing ? WorkKind.ProbeShard : WorkKind.Search;
        _leases.Grant(kind, chosen, worker.Silo, now);
        if (kind == WorkKind.Search) _running[chosen] = new NeuronProgress(chosen, NeuronStatus.Running, 0, spec.Search.MaxFormulaLength - 1, null) { Silo = worker.Silo };
        return Task.FromResult<WorkItem?>(new WorkItem(SweepId, kind, chosen, spec));
    }

    public async Task Report(WorkReport report)
    {
        var now = DateTime.UtcNow;
        _workers.Heard(report.Worker, now);
        if (State.Spec is null) return;
        bool changed = false;
        foreach (var progress in report.Neurons) changed |= Record(progress, report.Worker.Silo, now);
        foreach (var progress in report.Shards) changed |= Record(progress, report.Worker.Silo, now);
        if (changed) _ = Persist();
        metrics.SweepUpdated(Status());
        if (State.Phase == SweepPhase.Running && State.Neurons.Values.All(IsFinished)) await Complete();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (IsActive) await Registry.Register(SweepId);
        else if (State.Phase == SweepPhase.WritingOutputs) StartWritingOutputs(completes: true);
        else if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private int? NextShard(SweepSpec spec, WorkerInfo worker)
    {
        var probe = spec.Activations.Probe!;
        return WorkChoice.NextShard(ProbeShard.Plan(probe.Images, probe.ShardImages).Count, State.ShardSilos.ContainsKey,
            shard => _leases.IsLeased(WorkKind.ProbeShard, shard), State.StoreComplete, probe.Device, worker);
    }

    private int? NextNeuron(WorkerInfo worker, DateTime now)
    {
        var waiting = State.Neurons.Where(n => n.Value == NeuronStatus.Pending && !_leases.IsLeased(WorkKind.Search, n.Key)).Select(n => n.Key).ToList();
        int freeGpuSlots = _workers.Current(now).Where(w => w.Kind == ComputeKinds.Gpu && IsAlive(w.Silo)).Sum(w => w.FreeSearchSlots);
        return WorkChoice.NextNeuron(waiting, worker, freeGpuSlots);
    }

    /// <summary>Takes a neuron's progress in; true when its persisted status changed.</summary>
    private bool Record(NeuronProgress progress, string worker, DateTime now)
    {
        int neuron = progress.Neuron;
        if (!State.Neurons.TryGetValue(neuron, out var previous)) return false;
        if (progress.Status == NeuronStatus.Running)
        {
            if (IsActive && !IsFinished(previous))
            {
                if (!_leases.Renew(WorkKind.Search, neuron, worker, now)) _leases.Grant(WorkKind.Search, neuron, worker, now);
                _running[neuron] = progress;
            }
            return false;
        }
        _leases.Release(WorkKind.Search, neuron);
        _running.Remove(neuron);
        // A searched neuron still owing its certificate stays pending, to be handed out again.
        bool owesCertificate = progress is { Status: NeuronStatus.Done, Certified: false } && State.Spec!.Certify;
        if (progress.Status == NeuronStatus.Pending || owesCertificate || IsFinished(previous)) return false;
        State.Neurons[neuron] = progress.Status;
        State.PassesComputed[neuron] = progress.PassesComputed;
        State.NeuronSilos[neuron] = progress.Silo;
        if (progress.Error is not null) State.Errors[neuron] = progress.Error;
        // Resume retries this neuron with the others once the shared input is fixed.
        if (progress is { Status: NeuronStatus.Failed, SweepFault: true, Error: { } sharedFault }) Fail(sharedFault);
        return true;
    }

    private bool Record(ShardProgress progress, string worker, DateTime now)
    {
        if (State.Phase != SweepPhase.Probing) return false;
        if (progress.Error is { } error)
        {
            Fail($"probing shard {progress.Shard}: {error}");
            return true;
        }
        if (!progress.Done)
        {
            if (!_leases.Renew(WorkKind.ProbeShard, progress.Shard, worker, now)) _leases.Grant(WorkKind.ProbeShard, progress.Shard, worker, now);
            _shards[progress.Shard] = (worker, progress);
            return false;
        }
        _leases.Release(WorkKind.ProbeShard, progress.Shard);
        _shards.Remove(progress.Shard);
        State.ShardSilos.TryAdd(progress.Shard, worker);
        if (progress.StoreComplete)
        {
            State.StoreComplete = true;
            State.ProbeSeconds = (DateTimeOffset.UtcNow - State.StartedAt).TotalSeconds;
            State.Phase = SweepPhase.Running;
            LogProbed(logger, SweepId);
        }
        return true;
    }

    /// <summary>A fault of inputs the whole sweep shares: one error for the sweep, and no more work handed out.</summary>
    private void Fail(string error)
    {
        State.Phase = SweepPhase.Failed;
        State.Error = error;
        _leases.Clear();
        _shards.Clear();
        _running.Clear();
        Registry.Unregister(SweepId).Ignore();
    }

    private async Task Complete()
    {
        State.Phase = SweepPhase.WritingOutputs;
        _leases.Clear();
        _running.Clear();
        await Persist();
        await Registry.Unregister(SweepId);
        StartWritingOutputs(completes: true);
    }

    private void StartWritingOutputs(bool completes)
    {
        if (_writing is { IsCompleted: false }) return;
        _writing = WriteOutputsAsync(completes);
    }

    /// <summary>
    /// Gathers the finished neurons' results and writes the outputs off the grain's turn (the writing
    /// itself runs on the silo's compute threads); the sweep answers status calls meanwhile.
    /// </summary>
    private async Task WriteOutputsAsync(bool completes)
    {
        var spec = State.Spec!;
        var outcomes = await OutcomesAsync(spec);
        State.PassesResumed = outcomes.Sum(o => (long)o.PassesResumed);
        State.PassesNeeded = outcomes.Sum(o => (long)Math.Max(0, (o.Result?.BeamHistory.Count ?? 0) - 1));
        State.Timings = outcomes.Aggregate(WorkTimings.None, (sum, o) => sum + o.Timings);
        var writing = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await outputs.WriteAsync(spec, outcomes, CancellationToken.None);
            State.OutputError = null;
            State.OutputSeconds = writing.Elapsed.TotalSeconds;
        }
        catch (Exception error)
        {
            // The results stay in the neuron grains; writing can be retried with WriteOutputs.
            LogOutputsFailed(logger, error, SweepId);
            State.OutputError = $"{error.GetType().Name}: {error.Message}";
        }
        // A submission asking for certificates meanwhile has set the sweep running again.
        if (completes && State.Phase == SweepPhase.WritingOutputs)
        {
            State.Phase = SweepPhase.Completed;
            LogCompleted(logger, SweepId, State.OutputFolder);
        }
        await Persist();
        metrics.SweepUpdated(Status());
        if (completes && await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    /// <summary>The finished neurons' outcomes, asked again while their storage is unreachable.</summary>
    private async Task<List<NeuronOutcome>> OutcomesAsync(SweepSpec spec)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (true)
        {
            try
            {
                var outcomes = await Task.WhenAll(spec.Neurons.Select(n => Neuron(n).GetOutcome()));
                _outcomesWaiting = null;
                return [.. outcomes.OfType<NeuronOutcome>().OrderBy(o => o.Neuron)];
            }
            catch (Exception error)
            {
                _outcomesWaiting = $"results unreadable, retrying ({error.GetType().Name})";
                await Task.Delay(delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private async Task KeepActive()
    {
        await Registry.Register(SweepId);
        if (await this.GetReminder(ReminderName) is null)
            await this.RegisterOrUpdateReminder(ReminderName, options.Value.ReminderPeriod, options.Value.ReminderPeriod);
    }

    private Task Persist() => _writer.Write();

    private bool IsAlive(string silo) =>
        membership.GetApproximateSiloStatuses(onlyActive: true).Keys.Any(s => s.ToString() == silo);

    private static bool IsFinished(NeuronStatus status) => status is NeuronStatus.Done or NeuronStatus.Failed;

    private INeuronGrain Neuron(int neuron) => GrainFactory.Neuron(SweepId, neuron);

    private ISweepRegistryGrain Registry => GrainFactory.GetGrain<ISweepRegistryGrain>(0);

    private SweepStatus Status()
    {
        var neurons = State.Neurons.Values;
        var running = _running.Values.Where(p => State.Neurons.GetValueOrDefault(p.Neuron) == NeuronStatus.Pending).ToList();
        var probe = State.Spec?.Activations.Probe;
        return new SweepStatus
        {
            SweepId = SweepId,
            Phase = State.Spec is null ? SweepPhase.Unknown : _writing is { IsCompleted: false } ? SweepPhase.WritingOutputs : State.Phase,
            Total = neurons.Count,
            Done = neurons.Count(s => s == NeuronStatus.Done),
            Failed = neurons.Count(s => s == NeuronStatus.Failed),
            Running = running.Count,
            RunningPassesDone = running.Sum(p => p.PassesDone),
            RunningPassCount = running.Sum(p => p.PassCount),
            OutputFolder = State.OutputFolder,
            StartedAt = State.StartedAt,
            PassesComputed = State.PassesComputed.Values.Sum(p => (long)p) + running.Sum(p => (long)p.PassesComputed),
            PassesResumed = State.PassesResumed,
            PassesNeeded = State.PassesNeeded,
            Timings = State.Timings,
            OutputSeconds = State.OutputSeconds,
            ProbeSeconds = State.ProbeSeconds,
            OutputError = State.OutputError,
            ImagesProbed = probe is null ? 0 : ProbeShard.Plan(probe.Images, probe.ShardImages)
                .Sum(s => State.ShardSilos.ContainsKey(s.Index) ? s.ImageCount : (_shards.TryGetValue(s.Index, out var shard) ? shard.Progress.ImagesDone : 0)),
            ImagesToProbe = probe?.Images ?? 0,
            Error = State.Error,
            Waiting = _writer.Waiting ?? _outcomesWaiting ?? running.Select(p => p.Waiting).FirstOrDefault(w => w is not null),
        };
    }

    [LoggerMessage(1, LogLevel.Information, "Sweep {Sweep} submitted with {Neurons} neurons")]
    private static partial void LogSubmitted(ILogger logger, string sweep, int neurons);

    [LoggerMessage(2, LogLevel.Information, "Sweep {Sweep}: activations complete; searching")]
    private static partial void LogProbed(ILogger logger, string sweep);

    [LoggerMessage(3, LogLevel.Error, "Sweep {Sweep}: writing the outputs failed")]
    private static partial void LogOutputsFailed(ILogger logger, Exception error, string sweep);

    [LoggerMessage(4, LogLevel.Information, "Sweep {Sweep} completed; outputs in {Folder}")]
    private static partial void LogCompleted(ILogger logger, string sweep, string folder);
}
