namespace NeuronOrleans.Grains.Work;

/// <summary>
/// Silo-local: the worker sleeps until its interval passes or a piece of work on this silo ends,
/// so that a freed slot is refilled at once rather than at the next tick (a neuron's search can
/// take less than one).
/// </summary>
public sealed class WorkerWakeUp : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void WorkEnded()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is pending already.
        }
    }

    /// <summary>Waits for <paramref name="interval"/> or the next <see cref="WorkEnded"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken stop) => _signal.WaitAsync(interval, stop);

    public void Dispose() => _signal.Dispose();
}
