using BenchmarkDotNet.Attributes;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Synthetic;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// Building the label mask bank from PNG label maps (decode, downsample, EXPAND) on a generated
/// Broden-layout dataset, and loading it back from the cache file. Times are per image
/// (OperationsPerInvoke), so they scale directly to Broden's 22,210.
/// </summary>
public class MaskBankBenchmarks
{
    private const int Images = 400;

    private string _root = null!;
    private string _cacheFile = null!;
    private BrodenDataset _dataset = null!;

    [Params(DownsamplingMode.Block, DownsamplingMode.Bilinear)]
    public DownsamplingMode Downsampling { get; set; }

    /// <summary>1 thread, or one per processor (0).</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    private MaskBankSettings Settings => new() { Downsampling = Downsampling };

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "neuron-orleans-bench", Guid.NewGuid().ToString("N"));
        new SyntheticBrodenGenerator(SyntheticBrodenOptions.BrodenSize with { AdeImageCount = Images, OtherImageCount = 0 }).Write(_root);
        _dataset = BrodenDataset.Open(_root, BrodenDataset.AdeIndex);
        _cacheFile = Path.Combine(_root, MaskBankCache.FileName(_dataset, Settings));
        MaskBankCache.LoadOrBuild(_dataset, Settings, _cacheFile);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(OperationsPerInvoke = Images)]
    public LabelMaskBank Build() => LabelMaskBankBuilder.Build(_dataset, Settings, maxDegreeOfParallelism: Threads);

    /// <summary>Fingerprint plus reading the file: the cost of every run after the first.</summary>
    [Benchmark(OperationsPerInvoke = Images)]
    public LabelMaskBank LoadCached() => MaskBankCache.LoadOrBuild(_dataset, Settings, _cacheFile, maxDegreeOfParallelism: Threads).Bank;
}
