using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NeuronOrleans.Grains;

/// <summary>
/// The <c>NeuronOrleans</c> meter of one silo: every instrument the silos export at <c>/metrics</c>,
/// named for the event it records. Names and units live here only; the dashboard queries them. One
/// instance per silo (a singleton of its services), its meter made by the silo's <see cref="IMeterFactory"/>.
/// </summary>
public sealed class NeuronOrleansMetrics
{
    public const string MeterName = "NeuronOrleans";

    // Explicit buckets: the exporter's defaults (0–10000) suit milliseconds, not seconds or images/s.
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600],
    };
    private static readonly InstrumentAdvice<double> RateBuckets = new()
    {
        HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
    };

    private readonly Meter _meter;
    private readonly Counter<long> _neuronsCompleted;
    private readonly Counter<long> _neuronsFailed;
    private readonly UpDownCounter<long> _neuronsInProgress;
    private readonly Counter<long> _formulasEvaluated;
    private readonly Counter<long> _passesComputed;
    private readonly Histogram<double> _passDuration;
    private readonly Histogram<double> _searchDuration;
    private readonly Histogram<double> _maskBankLoadDuration;
    private readonly Histogram<double> _extractionRate;
    private readonly ConcurrentDictionary<string, SweepStatus> _sweeps = new();
    private volatile string? _backend;

    public NeuronOrleansMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _neuronsCompleted = _meter.CreateCounter<long>(
            "neuronorleans.neurons.completed", "{neuron}", "Neurons whose search finished.");
        _neuronsFailed = _meter.CreateCounter<long>(
            "neuronorleans.neurons.failed", "{neuron}", "Neurons whose search threw.");
        _neuronsInProgress = _meter.CreateUpDownCounter<long>(
            "neuronorleans.neurons.in_progress", "{neuron}", "Searches running on this silo.");
        _formulasEvaluated = _meter.CreateCounter<long>(
            "neuronorleans.formulas.evaluated", "{formula}", "Formula masks evaluated and counted.");
        _passesComputed = _meter.CreateCounter<long>(
            "neuronorleans.passes.computed", "{pass}", "Beam passes computed (not resumed from a checkpoint).");
        _passDuration = _meter.CreateHistogram(
            "neuronorleans.beam_pass.duration", "s", "Duration of one beam pass of one neuron.", advice: SecondsBuckets);
        _searchDuration = _meter.CreateHistogram(
            "neuronorleans.neuron_search.duration", "s", "Duration of one neuron's whole search.", advice: SecondsBuckets);
        _maskBankLoadDuration = _meter.CreateHistogram(
            "neuronorleans.mask_bank.load.duration", "s", "Loading or building a dataset's label masks.", advice: SecondsBuckets);
        _extractionRate = _meter.CreateHistogram(
            "neuronorleans.extraction.rate", "{image}/s", "Activation extraction speed, per batch.", advice: RateBuckets);
        _meter.CreateObservableGauge("neuronorleans.sweep.progress", () => _sweeps.Values.Select(s =>
            new Measurement<double>(s.Total == 0 ? 0 : (double)s.Finished / s.Total, new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "1", "Finished neurons over all neurons of the sweep.");
        _meter.CreateObservableGauge("neuronorleans.sweep.probing.progress", () => _sweeps.Values.Where(s => s.ImagesToProbe > 0).Select(s =>
            new Measurement<double>((double)s.ImagesProbed / s.ImagesToProbe, new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "1", "Probe images extracted over all probe images of the sweep (sweeps that probe a model).");
        _meter.CreateObservableGauge("neuronorleans.sweep.eta", () => _sweeps.Values.Select(s =>
            new Measurement<double>(SweepEta.Seconds(s, DateTimeOffset.UtcNow), new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "s", "Estimated seconds until the sweep finishes.");
        _meter.CreateObservableGauge("neuronorleans.silo.backend", () => _backend is { } backend
            ? [new Measurement<int>(1, new KeyValuePair<string, object?>("backend", backend))] : Array.Empty<Measurement<int>>(),
            null, "1 on every silo, labelled with the compute backend it searches with (cpu | gpu).");
    }

    public void NeuronStarted() => _neuronsInProgress.Add(1);

    public void NeuronStopped() => _neuronsInProgress.Add(-1);

    public void NeuronFinished(string sweep, bool failed, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("sweep", sweep);
        if (failed) _neuronsFailed.Add(1, tag);
        else _neuronsCompleted.Add(1, tag);
        _searchDuration.Record(duration.TotalSeconds, tag);
    }

    public void PassFinished(string backend, long formulas, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("backend", backend);
        _formulasEvaluated.Add(formulas, tag);
        _passesComputed.Add(1, tag);
        _passDuration.Record(duration.TotalSeconds, tag);
    }

    public void MaskBankLoaded(TimeSpan duration) => _maskBankLoadDuration.Record(duration.TotalSeconds);

    public void ExtractionBatch(double imagesPerSecond) => _extractionRate.Record(imagesPerSecond);

    /// <summary>Publishes the compute backend this silo chose at start-up.</summary>
    public void BackendSelected(string backend) => _backend = backend;

    /// <summary>Publishes a sweep's latest status for the progress and ETA gauges of this silo.</summary>
    public void SweepUpdated(SweepStatus status) => _sweeps[status.SweepId] = status;

    /// <summary>The sweep's coordinator left this silo: its gauges are reported by the new host only.</summary>
    public void SweepMoved(string sweepId) => _sweeps.TryRemove(sweepId, out _);
}
