using NeuronOrleans.Dissection.Search;

using NeuronOrleans.Reports.Images;

namespace NeuronOrleans.Reports.Model;

/// <summary>
/// What a sweep knows about one neuron: its threshold and either its search result or why it
/// failed. Neither set means the neuron has not finished yet (a report written mid-sweep).
/// </summary>
public sealed record NeuronReport(int Neuron, double Threshold, SearchResult? Result, string? Failure = null)
{
    public ExplanationStatus Status =>
        Failure is not null ? ExplanationStatus.Failed
        : Result is null ? ExplanationStatus.Pending
        : Result.HasExplanation ? ExplanationStatus.Explained
        : ExplanationStatus.Unexplained;

    /// <summary>The result when it holds a best formula, else null.</summary>
    public SearchResult? Explained => Status == ExplanationStatus.Explained ? Result : null;

    /// <summary>The certificate, when the sweep certifies its answers and this neuron's is computed.</summary>
    public Certificate? Certificate { get; init; }

    /// <summary>The images its card shows (<see cref="CardSampling"/>); none without an explanation.</summary>
    public IReadOnlyList<SampledImage> Samples { get; init; } = [];

    /// <summary>See <see cref="Model.Certificate.Gap"/>; null without a certificate or an answer.</summary>
    public double? CertificateGap => Certificate?.Gap(Explained);
}
