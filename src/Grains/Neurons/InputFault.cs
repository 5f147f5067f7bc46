namespace NeuronOrleans.Grains.Neurons;

/// <summary>
/// Marks a failure of reading or searching a neuron's own inputs, which is deterministic and so a
/// result; anything else (storage, a lost silo, a timeout) is transient and retried instead.
/// </summary>
internal sealed class InputFault(Exception inner) : Exception(inner.Message, inner)
{
    public static async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InputFault(error);
        }
    }

    public static Task Guard(Func<Task> work) => Guard(async () =>
    {
        await work();
        return true;
    });
}
