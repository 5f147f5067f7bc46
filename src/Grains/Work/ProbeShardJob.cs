using System.Diagnostics;

namespace NeuronOrleans.Grains.Work;

/// <summary>One probe shard extracting on this silo: its task and how far it got.</summary>
public sealed class ProbeShardJob(NeuronOrleansMetrics metrics)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile int _imagesDone;

    public required Task<bool> Run { get; init; }

    private TimeSpan _lastAdvance;

    /// <summary>Called on the extracting thread after each batch.</summary>
    public void Advance(int imagesDone)
    {
        var now = _clock.Elapsed;
        if (imagesDone > _imagesDone && now > _lastAdvance)
            metrics.ExtractionBatch((imagesDone - _imagesDone) / (now - _lastAdvance).TotalSeconds);
        _imagesDone = imagesDone;
        _lastAdvance = now;
    }

    /// <summary>Progress for the sweep; a fault of the inputs travels as one line.</summary>
    public ShardProgress Progress(int shard)
    {
        int done = _imagesDone;
        string? error = Run is { IsFaulted: true, Exception: { } failure }
            ? string.Join(' ', $"{failure.InnerException!.GetType().Name}: {failure.InnerException.Message}".Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            : null;
        bool finished = Run.IsCompletedSuccessfully;
        return new ShardProgress(shard, done, finished, finished && Run.Result, error,
            finished || done == 0 ? 0 : done / _clock.Elapsed.TotalSeconds);
    }
}
