namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>Runs <c>neuron-orleans</c> as users do.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static RunningProcess Start(string workingDirectory, params string[] arguments) =>
        RunningProcess.Dotnet(Programs.Coordinator, arguments, workingDirectory);

    public static async Task<Result> Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments);
        int exit = await process.WaitAsync(timeout);
        return new Result(exit, process.Output, process.Error);
    }
}
