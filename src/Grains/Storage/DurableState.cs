using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace NeuronOrleans.Grains.Storage;

/// <summary>
/// Grain-state writes that survive storage outages. A fault of the storage is never a result: the
/// write is retried with backoff until it lands, and the caller says meanwhile that it waits.
/// </summary>
internal static partial class DurableState
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Writes once. When the stored ETag moved, the grain (the state's only writer) had a write land
    /// whose reply was lost in an outage: it takes the stored ETag and writes its state over it.
    /// </summary>
    public static async Task WriteAsync<T>(IPersistentState<T> state)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            var mine = state.State;
            await state.ReadStateAsync();
            state.State = mine;
            await state.WriteStateAsync();
        }
    }

    /// <summary>Writes until it succeeds or <paramref name="cancellation"/> fires; <paramref name="waiting"/> hears why it waits (null when done).</summary>
    public static async Task WriteUntilStoredAsync<T>(IPersistentState<T> state, Action<string?> waiting, ILogger logger, CancellationToken cancellation)
    {
        var delay = FirstDelay;
        DateTime? since = null;
        while (true)
        {
            try
            {
                await WriteAsync(state);
                waiting(null);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                since ??= DateTime.UtcNow;
                waiting(Describe(error, since.Value));
                LogRetrying(logger, error, delay.TotalSeconds);
                await Task.Delay(delay, cancellation);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
            }
        }
    }

    /// <summary>One line for status: what failed, without the provider's stack of inner exceptions.</summary>
    public static string Describe(Exception error, DateTime since) =>
        $"grain storage unavailable since {since:HH:mm:ss} UTC ({error.GetType().Name})";

    [LoggerMessage(1, LogLevel.Warning, "Writing grain state failed; retrying in {Seconds} s")]
    private static partial void LogRetrying(ILogger logger, Exception error, double seconds);
}
