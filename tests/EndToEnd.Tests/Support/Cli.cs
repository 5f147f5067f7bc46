namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>Runs <c>neuron-orleans</c> as users do.</summary>
internal static class Cli
{
    public static ChildProcess Start(string workingDirectory, params string[] arguments) =>
        ChildProcess.Start("dotnet", [RepositoryPaths.CoordinatorAssembly, .. arguments], workingDirectory);

    public static Task<ProcessResult> Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [RepositoryPaths.CoordinatorAssembly, .. arguments], timeout, workingDirectory);

    /// <summary>Bad input: exit 2 and a single <c>error:</c> line on stderr holding every expected text.</summary>
    public static void AssertOneErrorLine(ProcessResult result, params string[] expected)
    {
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.Output}\n{result.Error}");
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        foreach (var text in expected) Assert.Contains(text, line);
    }
}
