namespace NeuronOrleans.Coordinator.Commands;

/// <summary>Runs a command body and turns its failures into one clear line and an exit code.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellation)
    {
        try
        {
            return await body(cancellation);
        }
        catch (UserInputException error)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("interrupted: finished work is saved; run the same command again to continue.");
            return ExitCodes.NotFinished;
        }
        catch (Exception error)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
            return ExitCodes.Error;
        }
    }
}
