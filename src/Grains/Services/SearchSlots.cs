namespace NeuronOrleans.Grains.Services;

/// <summary>Silo-local: bounds how many searches run at once on this silo.</summary>
public sealed class SearchSlots(int slots) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(slots, slots);

    public int Count { get; } = slots;

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellation)
    {
        await _semaphore.WaitAsync(cancellation);
        return new Release(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}
