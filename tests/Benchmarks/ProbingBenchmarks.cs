using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NeuronOrleans.Probing.Extraction;
using NeuronOrleans.Probing.Models;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static TorchSharp.torch;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// Full-width ResNet-18 layer4 extraction on CPU, reported per image (images/s = 1 / mean):
/// the forward pass alone, and end to end (JPEG decoding, preprocessing, store writes).
/// </summary>
[Config(typeof(ProbingConfig))]
public class ProbingBenchmarks
{
    private const int Images = 32;
    private const int BatchSize = 16;

    private ResNet _model = null!;
    private Tensor _batch = null!;
    private ProbeImageSet _images = null!;
    private string _folder = null!;
    private int _run;

    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = ResNetFactory.CreateRandom(ResNetArchitecture.ResNet18(), seed: 0);
        _batch = randn(BatchSize, 3, 224, 224);
        _folder = Path.Combine(Path.GetTempPath(), "probing-benchmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var random = new Random(0);
        var names = new List<string>();
        for (var i = 0; i < Images; i++)
        {
            using var image = new Image<Rgb24>(224, 224);
            image.ProcessPixelRows(rows =>
            {
                for (var y = 0; y < rows.Height; y++)
                {
                    foreach (ref var pixel in rows.GetRowSpan(y))
                    {
                        pixel = new Rgb24((byte)random.Next(256), (byte)(y + i), (byte)(255 - y));
                    }
                }
            });
            names.Add($"{i}.jpg");
            image.SaveAsJpeg(Path.Combine(_folder, names[^1]));
        }
        _images = new ProbeImageSet(_folder, names);
        set_num_threads(Threads);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _model.Dispose();
        _batch.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void ForwardToLayer4()
    {
        using var noGrad = no_grad();
        using var features = _model.Features(_batch, ProbedLayer.Layer4);
    }

    [Benchmark(OperationsPerInvoke = Images)]
    public void ExtractToStore()
    {
        var options = new ExtractionOptions { BatchSize = BatchSize, Threads = Threads, Device = ComputeDevice.Cpu };
        using var store = ActivationExtractor.Extract(_model, _images, Path.Combine(_folder, $"store{_run++}.bin"), options);
    }

    /// <summary>
    /// In-process: the generated out-of-process project would not import the build step that makes
    /// libLibTorchSharp loadable on older glibc. Few iterations: one invocation takes seconds.
    /// </summary>
    private sealed class ProbingConfig : ManualConfig
    {
        public ProbingConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithInvocationCount(1).WithUnrollFactor(1)
            .WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1).WithId("short-in-process"));
    }
}
