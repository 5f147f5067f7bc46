using Microsoft.Extensions.Configuration;
using NeuronOrleans.Silo.Configuration;

namespace NeuronOrleans.Silo.Tests.Configuration;

/// <summary>The shipped appsettings.json states the defaults.</summary>
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

    private static SiloSettings Bind(IConfigurationBuilder builder) =>
        builder.Build().GetSection(SiloSettings.Section).Get<SiloSettings>()!;
}
