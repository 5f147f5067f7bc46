using System.Reflection;

namespace NeuronOrleans.TestSupport;

/// <summary>Files of the repository the tests run against: deploy files, built programs, npm tools.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string SiloAssembly => Built("Silo", "NeuronOrleans.Silo.dll");

    public static string CoordinatorAssembly => Built("Coordinator", "neuron-orleans.dll");

    public static string Azurite => Path.Combine(Root, "tests", "EndToEnd.Tests", "tools", "node_modules", ".bin", "azurite");

    /// <summary>A program built in the tests' own configuration (the test projects reference it).</summary>
    private static string Built(string project, string assembly)
    {
        var path = Path.Combine(Root, "src", project, "bin", BuildConfiguration, "net10.0", "linux-x64", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built.", path);
    }

    private static string BuildConfiguration => typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NeuronOrleans.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException($"No NeuronOrleans.sln above {AppContext.BaseDirectory}.");
    }
}
