using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeuronOrleans.Grains.Hosting;
using NeuronOrleans.Grains.Services;

namespace NeuronOrleans.Grains.Work;

/// <summary>
/// Every silo's worker: while it has free slots it asks the active sweeps for work (a neuron to
/// search here, a probe shard to extract here), and at every tick it reports the progress of what
/// it holds, which renews its leases. Work therefore goes where capacity frees up, a silo that
/// joins starts pulling within a tick, and a slow silo simply asks less often.
/// </summary>
public sealed partial class SiloWorker(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    ComputeBackends backends,
    ProbeShardRunner probes,
    WorkerWakeUp wakeUp,
    IOptions<NeuronOrleansSiloOptions> options,
    ILogger<SiloWorker> logger) : BackgroundService
{
    private const int ProbeSlots = 1;
    private readonly Dictionary<(string Sweep, int Neuron), NeuronProgress> _neurons = [];
    private readonly Dictionary<(string Sweep, int Shard), ProbeShardJob> _shards = [];
    /// <summary>Neurons whose start failed: reported as pending so that their sweep hands them out again.</summary>
    private readonly List<(string Sweep, int Neuron)> _released = [];
    private int _tick;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stop);
            }
            catch (Exception error) when (!stop.IsCancellationRequested)
            {
                // The cluster may still be starting, a sweep's silo may be dying, storage may be down.
                LogTickFailed(logger, error);
            }
            try
            {
                await wakeUp.WaitAsync(options.Value.WorkerInterval, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private WorkerInfo Me => new(silo.SiloAddress.ToString(), backends.Kind, backends.Best.Name,
        options.Value.SearchSlots - _neurons.Count, ProbeSlots - _shards.Count);

    private async Task TickAsync(CancellationToken stop)
    {
        await ReportAsync();
        var active = await grains.GetGrain<ISweepRegistryGrain>(0).CheckIn(Me);
        if (Me.FreeSearchSlots <= 0 && Me.FreeProbeSlots <= 0) return;
        // Rotating the starting sweep shares this silo between sweeps that run at once.
        int start = _tick++;
        for (int i = 0; i < active.Count; i++)
            await LeaseFromAsync(active[(start + i) % active.Count], stop);
    }

    private async Task LeaseFromAsync(string sweepId, CancellationToken stop)
    {
        var sweep = grains.GetGrain<ISweepGrain>(sweepId);
        while ((Me.FreeSearchSlots > 0 || Me.FreeProbeSlots > 0) && await sweep.Lease(Me) is { } item)
        {
            if (item.Kind == WorkKind.ProbeShard) _shards[(sweepId, item.Index)] = probes.Start(item, stop);
            else await StartNeuronAsync(item);
        }
    }

    private async Task StartNeuronAsync(WorkItem item)
    {
        var key = (item.SweepId, item.Index);
        try
        {
            _neurons[key] = await Neuron(key).Start(item.Spec);
        }
        catch (Exception error)
        {
            LogStartFailed(logger, error, item.SweepId, item.Index);
            _neurons.Remove(key);
            _released.Add(key);
        }
    }

    /// <summary>Sends each sweep the progress of what this silo holds for it, and forgets what has ended once the sweep heard of it.</summary>
    private async Task ReportAsync()
    {
        foreach (var key in _neurons.Keys.ToList())
        {
            try
            {
                _neurons[key] = await Neuron(key).GetProgress();
            }
            catch (Exception error)
            {
                LogProgressFailed(logger, error, key.Sweep, key.Neuron);
            }
        }
        var sweeps = _neurons.Keys.Select(k => k.Sweep).Concat(_shards.Keys.Select(k => k.Sweep)).Concat(_released.Select(k => k.Sweep)).Distinct().ToList();
        foreach (var sweepId in sweeps)
        {
            var neurons = _neurons.Where(n => n.Key.Sweep == sweepId).Select(n => n.Value)
                .Concat(_released.Where(r => r.Sweep == sweepId).Select(r => new NeuronProgress(r.Neuron, NeuronStatus.Pending, 0, 0, null)))
                .ToList();
            var shards = _shards.Where(s => s.Key.Sweep == sweepId).Select(s => s.Value.Progress(s.Key.Shard)).ToList();
            await grains.GetGrain<ISweepGrain>(sweepId).Report(new WorkReport(Me, neurons, shards));
            foreach (var ended in neurons.Where(n => n.Status != NeuronStatus.Running)) _neurons.Remove((sweepId, ended.Neuron));
            foreach (var ended in shards.Where(s => s.Done || s.Error is not null)) _shards.Remove((sweepId, ended.Shard));
            _released.RemoveAll(r => r.Sweep == sweepId);
        }
    }

    private INeuronGrain Neuron((string Sweep, int Neuron) key) => grains.Neuron(key.Sweep, key.Neuron);

    [LoggerMessage(1, LogLevel.Debug, "Worker tick failed; trying again at the next tick")]
    private static partial void LogTickFailed(ILogger logger, Exception error);

    [LoggerMessage(2, LogLevel.Warning, "Starting neuron {Neuron} of sweep {Sweep} failed; handing it back")]
    private static partial void LogStartFailed(ILogger logger, Exception error, string sweep, int neuron);

    [LoggerMessage(3, LogLevel.Debug, "No progress from neuron {Neuron} of sweep {Sweep}")]
    private static partial void LogProgressFailed(ILogger logger, Exception error, string sweep, int neuron);
}
