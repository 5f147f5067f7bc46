using NeuronOrleans.Dissection.Synthetic;

namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>
/// A bigger planted dataset, so that a sweep lasts long enough to be interrupted, and the
/// outputs of one uninterrupted embedded run of it: the truth every interrupted run must equal.
/// </summary>
public sealed class LongSweepData : IDisposable
{
    public const string OutputFolder = "FL8_imroun75_X3_close";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly Lazy<Task<string>> _reference;

    public LongSweepData() => _reference = new(RunUninterrupted);

    public SweepData Data { get; } = SweepData.Create(new SyntheticBrodenOptions { Seed = 5, AdeImageCount = 1500 }, units: 24);

    public string[] SweepArguments(string outRoot) =>
        ["--broden", Data.BrodenFolder, "--activations", Data.ActivationsFile, "--max-length", "8", "--no-html", "--out", outRoot];

    /// <summary>Asserts that a run's CSV and history equal the uninterrupted run's, byte for byte.</summary>
    public async Task AssertSameResults(string outRoot)
    {
        var reference = await _reference.Value;
        foreach (var file in new[] { "results_0_23.csv", "history_0_23.txt" })
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(reference, OutputFolder, file)),
                await File.ReadAllTextAsync(Path.Combine(outRoot, OutputFolder, file)));
    }

    private async Task<string> RunUninterrupted()
    {
        var reference = Path.Combine(Data.Root, "uninterrupted");
        var result = await Cli.Run(Data.Root, Timeout, ["run", .. SweepArguments(reference)]);
        Assert.True(result.ExitCode == 0, result.AllOutput);
        return reference;
    }

    public void Dispose() => Data.Dispose();
}

/// <summary>The tests that interrupt the long sweep share its data and reference run, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class LongSweepCollection : ICollectionFixture<LongSweepData>
{
    public const string Name = "long sweep";
}
