using NeuronOrleans.Dissection.Synthetic;

namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>
/// A bigger planted dataset, so that a sweep lasts long enough to be interrupted, and the
/// outputs of one uninterrupted embedded (one-silo) run of it: the truth every interrupted or
/// clustered run must equal.
/// </summary>
public abstract class ReferenceSweepData : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);
    private readonly Lazy<Task<string>> _reference;
    private readonly int _maxLength;
    private readonly string _search;
    private readonly bool _certify;

    protected ReferenceSweepData(int units, int maxLength, string search = "original", bool certify = false)
    {
        _maxLength = maxLength;
        _search = search;
        _certify = certify;
        Data = SweepData.Create(new SyntheticBrodenOptions { Seed = 5, AdeImageCount = 1500 }, units);
        _reference = new(RunUninterrupted);
    }

    public SweepData Data { get; }

    public string OutputFolder => $"FL{_maxLength}_imrou75_X3_close{(_search == "thorough" ? "_THOROUGH" : "")}";

    public string[] SweepArguments(string outRoot) =>
        ["--broden", Data.BrodenFolder, "--activations", Data.ActivationsFile, "--max-length", $"{_maxLength}", "--search", _search, "--no-html", "--out", outRoot,
            .. (string[])(_certify ? ["--certify"] : [])];

    /// <summary>Asserts that a run's CSV and history equal the uninterrupted run's, byte for byte.</summary>
    public async Task AssertSameResults(string outRoot)
    {
        var reference = await _reference.Value;
        string range = $"0_{Data.Units - 1}";
        foreach (var file in new[] { $"results_{range}.csv", $"history_{range}.txt" })
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

/// <summary>24 neurons at length 8: the sweep the crash and resume tests interrupt.</summary>
public sealed class LongSweepData() : ReferenceSweepData(units: 24, maxLength: 8);

/// <summary>The tests that interrupt the long sweep share its data and reference run, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class LongSweepCollection : ICollectionFixture<LongSweepData>
{
    public const string Name = "long sweep";
}

/// <summary>The long sweep with the thorough search (ALGORITHM §6.7) and certificates (§6.8), interrupted the same ways.</summary>
public sealed class ThoroughSweepData() : ReferenceSweepData(units: 24, maxLength: 8, search: "thorough", certify: true);

[CollectionDefinition(Name)]
public sealed class ThoroughSweepCollection : ICollectionFixture<ThoroughSweepData>
{
    public const string Name = "thorough sweep";
}

/// <summary>
/// 96 neurons at length 10: long enough for a silo to join, or storage to fail, mid-sweep, with
/// enough work left after a join that a new silo's start-up is a small part of its share.
/// </summary>
public sealed class ElasticSweepData() : ReferenceSweepData(units: 96, maxLength: 10);

[CollectionDefinition(Name)]
public sealed class ElasticSweepCollection : ICollectionFixture<ElasticSweepData>
{
    public const string Name = "elastic sweep";
}
