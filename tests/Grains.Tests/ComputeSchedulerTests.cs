using System.Collections.Concurrent;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Reports.Html;
using NeuronOrleans.Reports.Images;
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
            var result = new BeamSearch(data.Bank, spec.Search).Run(neuron.Mask);
            return new NeuronReport(n, neuron.Threshold, result) { Samples = CardSampling.Choose(data.Bank, neuron.Mask, result, n) };
        }).ToList();
        var threads = new ConcurrentBag<string>();
        // Each sample's photo path is read inside the writer's parallel loop.
        var context = new ReportContext { Labels = data.Bank.Labels, ImagePaths = new ThreadRecordingList<string>([.. dataset.Images.Select(dataset.ImagePath)], threads) };

        await compute.Run(() => HtmlReportWriter.Write(Path.Combine(data.Root, "compute-report"), reports, context));
        Assert.Equal(reports.Sum(r => r.Samples.Count), threads.Count);
        Assert.True(threads.Count >= 4, $"{threads.Count} samples");
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

    /// <summary>A list that records the thread of every item read.</summary>
    private sealed class ThreadRecordingList<T>(IReadOnlyList<T> items, ConcurrentBag<string> threads) : IReadOnlyList<T>
    {
        public T this[int index]
        {
            get
            {
                threads.Add(Thread.CurrentThread.Name ?? "thread pool");
                return items[index];
            }
        }

        public int Count => items.Count;

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
