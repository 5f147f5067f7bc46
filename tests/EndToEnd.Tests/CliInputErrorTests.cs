using NeuronOrleans.EndToEnd.Tests.Support;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary>Bad input gives one clear error line and exit code 2, before any work starts.</summary>
public sealed class CliInputErrorTests(SweepData data) : IClassFixture<SweepData>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_missing_broden_folder_is_named()
    {
        var missing = Path.Combine(data.Root, "no-such-broden");
        var result = await Cli.Run(data.Root, Timeout, "run", "--broden", missing, "--activations", data.ActivationsFile, "--out", Out());
        Cli.AssertOneErrorLine(result, $"--broden {missing} is not a folder.");
    }

    [Fact]
    public async Task A_model_that_is_not_a_checkpoint_is_named()
    {
        var model = Path.Combine(data.Root, "not-a-model.pth.tar");
        await File.WriteAllTextAsync(model, "not a checkpoint");
        var result = await Cli.Run(data.Root, Timeout, "run", "--broden", data.BrodenFolder, "--model", model, "--out", Out());
        Cli.AssertOneErrorLine(result, model);
    }

    [Fact]
    public async Task An_out_of_range_neuron_range_names_the_units()
    {
        var result = await Cli.Run(data.Root, Timeout, "run", "--broden", data.BrodenFolder, "--activations", data.ActivationsFile, "--neurons", "0-511", "--out", Out());
        Cli.AssertOneErrorLine(result, $"--neurons 0-511 is out of range: {data.ActivationsFile} has units 0-7.");
    }

    [Fact]
    public async Task A_malformed_formula_names_the_position()
    {
        var result = await Cli.Run(data.Root, Timeout, "score", "--broden", data.BrodenFolder, "--activations", data.ActivationsFile, "--neuron", "1", "--out", Out(), "(no such label OR");
        Cli.AssertOneErrorLine(result, "Unclosed '(' at position 0");
    }

    [Fact]
    public async Task A_bad_setting_is_named()
    {
        var result = await Cli.Run(data.Root, Timeout, "run", "--broden", data.BrodenFolder, "--activations", data.ActivationsFile, "--operators", "fancy", "--out", Out());
        Cli.AssertOneErrorLine(result, "--operators fancy: must be 'standard' or 'close', not 'fancy'.");
    }

    [Fact]
    public async Task Settings_are_checked_before_any_input_is_read_or_made()
    {
        var outRoot = Out();
        var result = await Cli.Run(data.Root, Timeout, "run", "--beam", "0", "--out", outRoot);
        Cli.AssertOneErrorLine(result, "--beam 0: must be at least 1.");
        Assert.EndsWith("error: --beam 0: must be at least 1.", result.Error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(outRoot, "demo")), "no demo data is generated for a run that cannot start");
    }

    [Fact]
    public async Task Score_prints_every_score_of_a_formula()
    {
        var label = data.Bank.Labels.All.First(l => data.Bank.Plain(l.Number) is not null && !l.IsScene);
        var result = await Cli.Run(data.Root, Timeout, "score", "--broden", data.BrodenFolder, "--activations", data.ActivationsFile, "--neuron", "1", "--out", Out(), $"({label.Name} OR {label.Name}-X)");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"formula   ({label.Name} OR {label.Name}-X)", result.Output);
        foreach (var score in new[] { "IoU", "ImRoU", "ImRoUn", "coverage" }) Assert.Contains(score, result.Output);
    }

    private string Out() => Path.Combine(data.Root, "out-" + Guid.NewGuid().ToString("N"));
}
