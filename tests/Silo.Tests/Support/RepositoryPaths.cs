using System.Reflection;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>Files of the repository the tests run against: the deploy folder and the built silo.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    /// <summary>The silo built with this test project (a project reference), in the same configuration.</summary>
    public static string SiloAssembly => Path.Combine(Root, "src", "Silo", "bin", BuildConfiguration, "net10.0", "linux-x64", "NeuronOrleans.Silo.dll");

    private static string BuildConfiguration => typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NeuronOrleans.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException($"No NeuronOrleans.sln above {AppContext.BaseDirectory}.");
    }
}
