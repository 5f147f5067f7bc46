using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>Settings of one activation extraction; the defaults probe ResNet layer4 on Broden.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Which stage's output is stored.</summary>
    public ProbedLayer Layer { get; init; } = ProbedLayer.Layer4;

    /// <summary>
    /// Images per forward pass; also the granularity of resuming. At 16, a ResNet's largest
    /// intermediate tensors (the stem's, 51 MB at 224×224) stay below glibc's largest heap block,
    /// so their memory is reused from batch to batch (see <see cref="GlibcHeap"/>); at 32 they are
    /// mapped and faulted in afresh each time.
    /// </summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Threads for libtorch's CPU kernels and for image decoding.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    public ComputeDevice Device { get; init; } = ComputeDevice.Auto;

    public Normalization Normalization { get; init; } = Normalization.Broden;

    /// <summary>Expected image height and width; images are not resized.</summary>
    public int ImageSize { get; init; } = ImagePreprocessor.BrodenSize;

    public void Validate()
    {
        if (BatchSize < 1 || Threads < 1 || ImageSize < 32)
        {
            throw new ArgumentException($"extraction options: BatchSize ({BatchSize}) and Threads ({Threads}) must be at least 1, ImageSize ({ImageSize}) at least 32");
        }
    }
}
