using Microsoft.Extensions.Configuration;
using NeuronOrleans.Silo.Configuration;

namespace NeuronOrleans.Silo.Tests.Configuration;

/// <summary>The shipped appsettings.json states the defaults, and later sources override it.</summary>
public class AppSettingsTests
{
    private static readonly string File = Path.Combine(RepositoryPaths.Root, "src", "Silo", "appsettings.json");

    [Fact]
    public void The_shipped_file_binds_to_the_defaults()
    {
        var settings = Bind(new ConfigurationBuilder().AddJsonFile(File));
        var defaults = new SiloSettings();
        foreach (var property in typeof(SiloSettings).GetProperties())
            Assert.Equal(property.GetValue(defaults), property.GetValue(settings));
    }

    [Fact]
    public void Environment_and_command_line_override_the_file_in_that_order()
    {
        var settings = Bind(new ConfigurationBuilder()
            .AddJsonFile(File)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["NeuronOrleans:Clustering"] = "azure", ["NeuronOrleans:SiloPort"] = "2000" })
            .AddCommandLine(["--NeuronOrleans:SiloPort", "3000"]));
        Assert.Equal(ClusteringMode.Azure, settings.Clustering);
        Assert.Equal(3000, settings.SiloPort);
    }

    private static SiloSettings Bind(IConfigurationBuilder builder) =>
        builder.Build().GetSection(SiloSettings.Section).Get<SiloSettings>()!;
}
