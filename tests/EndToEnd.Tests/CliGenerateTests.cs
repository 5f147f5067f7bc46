using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.EndToEnd.Tests.Support;

namespace NeuronOrleans.EndToEnd.Tests;

/// <summary><c>generate</c> writes a dataset the Broden reader opens like a real one.</summary>
public sealed class CliGenerateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neuron-orleans-generate-").FullName;

    [Fact]
    public async Task A_generated_dataset_opens_with_the_requested_size()
    {
        var target = Path.Combine(_folder, "broden");
        var result = await Cli.Run(_folder, TimeSpan.FromMinutes(2), "generate", "--out", target, "--images", "30", "--seed", "4");
        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Equal(target, result.Output.Trim());
        var dataset = BrodenDataset.Open(target);
        Assert.Equal(30, dataset.Images.Count);
        Assert.Contains(dataset.Labels.All, l => l.IsScene);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
