namespace NeuronOrleans.Grains.Neurons;

/// <summary>
/// Marks a failure of reading or searching a neuron's inputs, which is deterministic and so a
/// result; anything else (storage, a lost silo, a timeout) is transient and retried instead.
/// </summary>
internal sealed class InputFault(Exception inner, bool sharedBySweep) : Exception(inner.Message, inner)
{
    /// <summary>The faulty input is shared by every neuron of the sweep (its dataset), not this neuron's own.</summary>
    public bool SharedBySweep { get; } = sharedBySweep;

    public static async Task<T> Guard<T>(Func<Task<T>> work, bool sharedBySweep = false)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InputFault(error, sharedBySweep);
        }
    }

    public static Task Guard(Func<Task> work) => Guard(async () =>
    {
        await work();
        return true;
    });
}
