using System.Collections.Concurrent;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Reports.Html;
using NeuronOrleans.Reports.Model;

namespace NeuronOrleans.Grains.Tests;

/// <summary>Heavy work handed to the compute threads stays there, parallel loops of the libraries included.</summary>
[Collection(TwoSiloCluster.Name)]
public sealed class ComputeSchedulerTests(SweepData data)
{
    [Fact]
    public async Task Report_cards_render_on_the_compute_threads_not_the_thread_pool()
    {
        using var compute = new ComputeScheduler(2);
        var dataset = BrodenDataset.Open(data.BrodenFolder);
        var spec = data.Spec(0, 3, maxLength: 2);
        using var sources = new ActivationSources();
        var reports = spec.Neurons.Select(n =>
        {
            var neuron = sources.Load(spec.Activations, n);
            return new NeuronReport(n, neuron.Threshold, new BeamSearch(data.Bank, spec.Search).Run(neuron.Mask));
        }).ToList();
        var threads = new ConcurrentBag<string>();
        var context = new ReportContext
        {
            Labels = data.Bank.Labels,
            Bank = data.Bank,
            ImagePaths = [.. dataset.Images.Select(dataset.ImagePath)],
            // Called once per card, inside the writer's parallel loop.
            NeuronMask = n =>
            {
                threads.Add(Thread.CurrentThread.Name ?? "thread pool");
                return sources.Load(spec.Activations, n).Mask;
            },
        };

        await compute.Run(() => HtmlReportWriter.Write(Path.Combine(data.Root, "compute-report"), reports, context));
        Assert.Equal(4, threads.Count);
        Assert.All(threads, name => Assert.StartsWith("compute-", name));
    }

    [Fact]
    public async Task Mask_banks_build_on_the_compute_threads_not_the_thread_pool()
    {
        using var compute = new ComputeScheduler(2);
        // Enough images for several progress reports (one per 256 images), each from inside the builder's parallel loop.
        var folder = Path.Combine(data.Root, "bank-threads");
        new SyntheticBrodenGenerator(SyntheticBrodenOptions.Tiny with { AdeImageCount = 4 * LabelMaskBankBuilder.ProgressStep }).Write(folder);
        var dataset = BrodenDataset.Open(folder);
        var threads = new ConcurrentBag<string>();
        var progress = new ThreadRecorder<MaskBankProgress>(threads);
        await compute.Run(() => LabelMaskBankBuilder.Build(dataset, new MaskBankSettings(), progress));
        Assert.True(threads.Count >= 4, $"{threads.Count} progress reports");
        Assert.All(threads, name => Assert.StartsWith("compute-", name));
    }

    private sealed class ThreadRecorder<T>(ConcurrentBag<string> threads) : IProgress<T>
    {
        public void Report(T value) => threads.Add(Thread.CurrentThread.Name ?? "thread pool");
    }
}
