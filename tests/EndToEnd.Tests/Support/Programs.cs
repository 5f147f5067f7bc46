namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>Where the built programs under test are: the same configuration as this test assembly.</summary>
internal static class Programs
{
    private static readonly string Repository = FindRepository();
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Parent!.Name;

    public static string Coordinator => Output("Coordinator", "neuron-orleans.dll");

    public static string Silo => Output("Silo", "NeuronOrleans.Silo.dll");

    public static string Azurite => Path.Combine(Repository, "tests", "EndToEnd.Tests", "tools", "node_modules", ".bin", "azurite");

    private static string Output(string project, string dll)
    {
        var path = Path.Combine(Repository, "src", project, "bin", Configuration, "net10.0", "linux-x64", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built.");
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NeuronOrleans.sln"))) return folder.FullName;
        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
