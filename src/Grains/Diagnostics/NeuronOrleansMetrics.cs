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
    private static readonly Histogram<double> PassDuration = Meter.CreateHistogram<double>(
        "neuronorleans.beam_pass.duration", "s", "Duration of one beam pass of one neuron.");
    private static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>(
        "neuronorleans.neuron_search.duration", "s", "Duration of one neuron's whole search.");
    private static readonly Histogram<double> MaskBankLoadDuration = Meter.CreateHistogram<double>(
        "neuronorleans.mask_bank.load.duration", "s", "Loading or building a dataset's label masks.");
    private static readonly Histogram<double> ExtractionRate = Meter.CreateHistogram<double>(
        "neuronorleans.extraction.rate", "{image}/s", "Activation extraction speed, per batch.");

    private static readonly ConcurrentDictionary<string, SweepStatus> Sweeps = new();

    static NeuronOrleansMetrics()
    {
        Meter.CreateObservableGauge("neuronorleans.sweep.progress", () => Sweeps.Values.Select(s =>
            new Measurement<double>(s.Total == 0 ? 0 : (double)s.Finished / s.Total, new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "1", "Finished neurons over all neurons of the sweep.");
        Meter.CreateObservableGauge("neuronorleans.sweep.eta", () => Sweeps.Values.Select(s =>
            new Measurement<double>(SweepEta.Seconds(s, DateTimeOffset.UtcNow), new KeyValuePair<string, object?>("sweep", s.SweepId))),
            "s", "Estimated seconds until the sweep finishes.");
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

    /// <summary>Publishes a sweep's latest status for the progress and ETA gauges of this silo.</summary>
    public static void SweepUpdated(SweepStatus status) => Sweeps[status.SweepId] = status;
}
