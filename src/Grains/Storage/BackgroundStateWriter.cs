using Microsoft.Extensions.Logging;

namespace NeuronOrleans.Grains.Storage;

/// <summary>
/// Writes a grain's state in the background, one write at a time, until every change asked for has
/// landed: a grain call returns at once, and while storage is down the writes are retried
/// (<see cref="Waiting"/> says so). Used from the grain's own scheduler only, so it needs no lock.
/// </summary>
internal sealed class BackgroundStateWriter<T>(IPersistentState<T> state, ILogger logger)
{
    private Task? _flushing;
    private bool _unwritten;

    /// <summary>Why the state is not written yet; null when it is.</summary>
    public string? Waiting { get; private set; }

    /// <summary>Asks for the state as it is now to be written; awaiting the result waits for that write.</summary>
    public Task Write()
    {
        _unwritten = true;
        if (_flushing is null or { IsCompleted: true }) _flushing = FlushAsync();
        return _flushing;
    }

    private async Task FlushAsync()
    {
        while (_unwritten)
        {
            _unwritten = false;
            await DurableState.WriteUntilStoredAsync(state, waiting => Waiting = waiting, logger, CancellationToken.None);
        }
    }
}
