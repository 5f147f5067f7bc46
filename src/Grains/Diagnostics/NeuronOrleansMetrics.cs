using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NeuronOrleans.Grains;

/// <summary>
/// The <c>NeuronOrleans</c> meter: every instrument the silos export at <c>/metrics</c>, named for
/// the event it records. Names and units live here only; the dashboard queries them.
/// </summary>
public static class NeuronOrleansMetrics
{
    public const string MeterName = "NeuronOrleans";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> NeuronsCompleted = Meter.CreateCounter<long>(
        "neuronorleans.neurons.completed", "{neuron}", "Neurons whose search finished.");
    private static readonly Counter<long> NeuronsFailed = Meter.CreateCounter<long>(
        "neuronorleans.neurons.failed", "{neuron}", "Neurons whose search threw.");
    private static readonly UpDownCounter<long> NeuronsInProgress = Meter.CreateUpDownCounter<long>(
        "neuronorleans.neurons.in_progress", "{neuron}", "Searches running on this silo.");
    private static readonly Counter<long> FormulasEvaluated = Meter.CreateCounter<long>(
        "neuronorleans.formulas.evaluated", "{formula}", "Formula masks evaluated and counted.");
    private static readonly Counter<long> PassesComputed = Meter.CreateCounter<long>(
        "neuronorleans.passes.computed", "{pass}", "Beam passes computed (not resumed from a checkpoint).");
    // Explicit buckets: the exporter's defaults (0–10000) suit milliseconds, not seconds or images/s.
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600],
    };
    private static readonly InstrumentAdvice<double> RateBuckets = new()
    {
        HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
    };

    private static readonly Histogram<double> PassDuration = Meter.CreateHistogram(
        "neuronorleans.beam_pass.duration", "s", "Duration of one beam pass of one neuron.", advice: SecondsBuckets);
    private static readonly Histogram<double> SearchDuration = Meter.CreateHistogram(
        "neuronorleans.neuron_search.duration", "s", "Duration of one neuron's whole search.", advice: SecondsBuckets);
    private static readonly Histogram<double> MaskBankLoadDuration = Meter.CreateHistogram(
        "neuronorleans.mask_bank.load.duration", "s", "Loading or building a dataset's label masks.", advice: SecondsBuckets);
    private static readonly Histogram<double> ExtractionRate = Meter.CreateHistogram(
        "neuronorleans.extraction.rate", "{image}/s", "Activation extraction speed, per batch.", advice: RateBuckets);

    private static readonly ConcurrentDictionary<string, SweepStatus> Sweeps = new();
    private static volatile string? _backend;

    static NeuronOrleansMetrics()
    {
        Meter.CreateObservableGauge("neuronorleans.sweep.progress", () => Sweeps.Values.Select(s =>
            new Measurement<double>(s.Total == 0 ? 0 : (double)s.Finished / s.Total, new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "1", "Finished neurons over all neurons of the sweep.");
        Meter.CreateObservableGauge("neuronorleans.sweep.probing.progress", () => Sweeps.Values.Where(s => s.ImagesToProbe > 0).Select(s =>
            new Measurement<double>((double)s.ImagesProbed / s.ImagesToProbe, new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "1", "Probe images extracted over all probe images of the sweep (sweeps that probe a model).");
        Meter.CreateObservableGauge("neuronorleans.sweep.eta", () => Sweeps.Values.Select(s =>
            new Measurement<double>(SweepEta.Seconds(s, DateTimeOffset.UtcNow), new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "s", "Estimated seconds until the sweep finishes.");
        Meter.CreateObservableGauge("neuronorleans.silo.backend", () => _backend is { } backend
            ? [new Measurement<int>(1, new KeyValuePair<string, object?>("backend", backend))] : Array.Empty<Measurement<int>>(),
            null, "1 on every silo, labelled with the compute backend it searches with (cpu | gpu).");
    }

    public static void NeuronStarted() => NeuronsInProgress.Add(1);

    public static void NeuronStopped() => NeuronsInProgress.Add(-1);

    public static void NeuronFinished(string sweep, bool failed, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("sweep", sweep);
        if (failed) NeuronsFailed.Add(1, tag);
        else NeuronsCompleted.Add(1, tag);
        SearchDuration.Record(duration.TotalSeconds, tag);
    }

    public static void PassFinished(string backend, long formulas, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("backend", backend);
        FormulasEvaluated.Add(formulas, tag);
        PassesComputed.Add(1, tag);
        PassDuration.Record(duration.TotalSeconds, tag);
    }

    public static void MaskBankLoaded(TimeSpan duration) => MaskBankLoadDuration.Record(duration.TotalSeconds);

    public static void ExtractionBatch(double imagesPerSecond) => ExtractionRate.Record(imagesPerSecond);

    /// <summary>Publishes the compute backend this silo chose at start-up.</summary>
    public static void BackendSelected(string backend) => _backend = backend;

    /// <summary>Publishes a sweep's latest status for the progress and ETA gauges of this silo.</summary>
    public static void SweepUpdated(SweepStatus status) => Sweeps[status.SweepId] = status;

    /// <summary>The sweep's coordinator left this silo: its gauges are reported by the new host only.</summary>
    public static void SweepMoved(string sweepId) => Sweeps.TryRemove(sweepId, out _);
}
