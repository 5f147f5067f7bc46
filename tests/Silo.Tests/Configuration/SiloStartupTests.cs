namespace NeuronOrleans.Silo.Tests.Configuration;

/// <summary>The silo program reads its settings from the environment, and its command line wins over it.</summary>
public class SiloStartupTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    // Azure clustering without a connection string is refused at start-up: proof that the setting was read.
    private static readonly Dictionary<string, string> AzureClustering = new() { ["NeuronOrleans__Clustering"] = "azure" };

    [Fact]
    public async Task A_setting_in_the_environment_reaches_the_silo()
    {
        var result = await ChildProcess.RunAsync("dotnet", [RepositoryPaths.SiloAssembly, "--NeuronOrleans:HttpPort", "0"], Timeout, environment: AzureClustering);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("AzureStorageConnectionString is required with clustering 'Azure'", result.Output + result.Error);
    }

    [Fact]
    public async Task The_command_line_overrides_the_environment()
    {
        var data = Directory.CreateTempSubdirectory("neuron-orleans-startup-").FullName;
        try
        {
            using var silo = await SiloProcess.StartLocalAsync(data, AzureClustering, "--NeuronOrleans:Clustering", "localhost");
            Assert.Equal("Healthy", await silo.GetAsync("/health"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
