using NeuronOrleans.EndToEnd.Tests.Support;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>A JSON settings file sets the job; options given on the command line win.</summary>
public sealed class CliSettingsFileTests(SweepData data) : IClassFixture<SweepData>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_command_line_overrides_the_settings_file()
    {
        var settings = Path.Combine(data.Root, "settings.json");
        await File.WriteAllTextAsync(settings, """
            {
              // comments and trailing commas are allowed
              "maxLength": 2,
              "operators": "standard",
              "neurons": "1-2",
              "html": false,
            }
            """);
        var outRoot = Path.Combine(data.Root, "settings-out");
        var result = await Cli.Run(data.Root, Timeout, "run", "--settings", settings, "--max-length", "3",
            "--broden", data.BrodenFolder, "--activations", data.ActivationsFile, "--out", outRoot);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        var folder = Path.Combine(outRoot, "FL3_imrou75_X3_standard");
        Assert.True(File.Exists(Path.Combine(folder, "results_1_2.csv")), result.AllOutput);
        Assert.DoesNotContain("Probing:", result.Output);
        Assert.False(File.Exists(Path.Combine(folder, "1_2.html")));
    }

    [Fact]
    public async Task The_original_short_names_set_the_search_mask_and_report_settings()
    {
        var settings = Path.Combine(data.Root, "short-names.json");
        await File.WriteAllTextAsync(settings, """
            { "search": "thorough", "easy": true, "r": 0.5, "maxLength": 2, "expansions": false, "reportScore": "iou", "neurons": "0-0", "html": false }
            """);
        var outRoot = Path.Combine(data.Root, "short-names-out");
        var result = await Cli.Run(data.Root, Timeout, "run", "--settings", settings,
            "--broden", data.BrodenFolder, "--activations", data.ActivationsFile, "--out", outRoot);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        var csv = Path.Combine(outRoot, "FL2_imrou50_N_close_EASY_THOROUGH", "results_0_0.csv");
        Assert.True(File.Exists(csv), result.AllOutput);
        var lines = File.ReadAllLines(csv);
        var (header, row) = (lines[0].Split(','), lines[1].Split(','));
        Assert.Equal(row[Array.IndexOf(header, "iou")], row[Array.IndexOf(header, "report_score")]);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_named()
    {
        var settings = Path.Combine(data.Root, "wrong-type.json");
        await File.WriteAllTextAsync(settings, """{ "beam": "four" }""");
        var result = await Cli.Run(data.Root, Timeout, "run", "--settings", settings, "--out", Path.Combine(data.Root, "wrong-type-out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'beam'", result.Error);
        Assert.StartsWith($"error: Settings file {settings}", result.Error);
    }

    [Fact]
    public async Task A_misspelt_setting_is_named()
    {
        var settings = Path.Combine(data.Root, "misspelt.json");
        await File.WriteAllTextAsync(settings, """{ "maxLenght": 2 }""");
        var result = await Cli.Run(data.Root, Timeout, "run", "--settings", settings, "--out", Path.Combine(data.Root, "misspelt-out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("maxLenght", result.Error);
        Assert.StartsWith($"error: Settings file {settings}", result.Error);
    }
}
