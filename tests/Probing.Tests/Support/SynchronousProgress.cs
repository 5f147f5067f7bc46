using NeuronOrleans.Probing.Extraction;

namespace NeuronOrleans.Probing.Tests.Support;

/// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the callback before the next batch starts.</summary>
internal sealed class SynchronousProgress(Action<ExtractionProgress> report) : IProgress<ExtractionProgress>
{
    public void Report(ExtractionProgress value) => report(value);
}
