namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>Runs <c>neuron-orleans</c> as users do.</summary>
internal static class Cli
{
    public static ChildProcess Start(string workingDirectory, params string[] arguments) =>
        ChildProcess.Start("dotnet", [RepositoryPaths.CoordinatorAssembly, .. arguments], workingDirectory);

    public static Task<ProcessResult> Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [RepositoryPaths.CoordinatorAssembly, .. arguments], timeout, workingDirectory);
}
