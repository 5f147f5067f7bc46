using System.Diagnostics;
using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Inputs;

/// <summary>Turns extraction progress reports into the images-per-second metric.</summary>
internal sealed class ExtractionRate
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _images = -1;
    private TimeSpan _at;

    public void Report(int imagesDone)
    {
        var now = _clock.Elapsed;
        if (_images >= 0 && imagesDone > _images && now > _at)
            NeuronOrleansMetrics.ExtractionBatch((imagesDone - _images) / (now - _at).TotalSeconds);
        _images = imagesDone;
        _at = now;
    }
}
