using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Probing.Checkpoints;
using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Storage;

namespace NeuronOrleans.Grains.Work;

/// <summary>
/// Silo-local: extracts probe shards into the sweep's shared activation store on the compute
/// threads. A shard already marked done is skipped; the silo that lands the last shard completes
/// the store. Models and image lists are loaded once per silo.
/// </summary>
public sealed class ProbeShardRunner(ComputeScheduler compute, WorkerWakeUp wakeUp, NeuronOrleansMetrics metrics) : IDisposable
{
    private readonly LoadOnceCache<string, ResNet> _models = new();
    private readonly LoadOnceCache<(string Folder, string Index), ProbeImageSet> _images = new();

    public ProbeShardJob Start(WorkItem item, CancellationToken stop)
    {
        ProbeShardJob? job = null;
        job = new ProbeShardJob(metrics) { Run = compute.Run(() => Extract(item, imagesDone => job!.Advance(imagesDone), stop), stop) };
        job.Run.ContinueWith(_ => wakeUp.WorkEnded(), TaskScheduler.Default);
        return job;
    }

    /// <summary>Extracts the shard unless it is done; true when the store is complete afterwards.</summary>
    private bool Extract(WorkItem item, Action<int> progress, CancellationToken stop)
    {
        var spec = item.Spec;
        var probe = spec.Activations.Probe!;
        var store = spec.Activations.File;
        var shards = ProbeShard.Plan(probe.Images, probe.ShardImages);
        var shard = shards[item.Index];
        if (File.Exists(store)) return true;
        if (!ShardedActivationStore.IsShardDone(store, shard))
        {
            var options = Options(probe);
            var model = _models.Get(Path.GetFullPath(probe.ModelFile), path => ResNetCheckpoint.Load(path));
            var images = _images.Get((spec.Dataset.Folder, spec.Dataset.IndexFile), ImagesOf);
            ActivationExtractor.ExtractShard(model, images, store, options, shard,
                new SynchronousProgress(p => progress(p.ImagesDone)), stop);
        }
        return ShardedActivationStore.TryFinish(store, shards);
    }

    /// <summary>The extraction settings every shard of a sweep shares, so that the store equals a one-process extraction.</summary>
    public static ExtractionOptions Options(ProbeSpec probe) => new()
    {
        Layer = Enum.Parse<ProbedLayer>(probe.Layer, ignoreCase: true),
        Device = probe.Device == ComputeKinds.Gpu ? ComputeDevice.Auto : ComputeDevice.Cpu,
        Threads = Environment.ProcessorCount,
    };

    private static ProbeImageSet ImagesOf((string Folder, string Index) dataset)
    {
        var broden = BrodenDataset.Open(dataset.Folder, dataset.Index);
        return new ProbeImageSet(broden.ImagesFolder, [.. broden.Images.Select(i => i.Image)]);
    }

    public void Dispose()
    {
        foreach (var model in _models.Loaded) model.Dispose();
    }

    /// <summary>Reports on the extracting thread itself: <see cref="Progress{T}"/> would post to the thread pool.</summary>
    private sealed class SynchronousProgress(Action<ExtractionProgress> report) : IProgress<ExtractionProgress>
    {
        public void Report(ExtractionProgress value) => report(value);
    }
}
