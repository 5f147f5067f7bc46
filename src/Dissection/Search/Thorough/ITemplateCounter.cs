using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// Counts combination templates (formulas with a hole for the primitive): for every primitive at once
/// on the images where the neuron fires, and for one primitive on all images.
/// </summary>
internal interface ITemplateCounter : IDisposable
{
    /// <summary>Each primitive's counts on the firing images, by primitive index.</summary>
    IReadOnlyList<OverlapCounts> PrimitiveFiringCounts { get; }

    /// <summary>Takes in this pass's beam members: their nodes become known.</summary>
    void BeginPass(IReadOnlyList<Formula> members);

    /// <summary>A beam member's node counted on the firing images and on all images; null for any other formula.</summary>
    (OverlapCounts Firing, OverlapCounts All)? NodeCounts(Formula node);

    /// <summary>The counts on the firing images of <paramref name="template"/> with each primitive in the hole, by primitive index.</summary>
    OverlapCounts[] CountOnFiringImages(Formula template);

    /// <summary>The template's counts with an empty hole, on the firing images and on all images, where known cheaply.</summary>
    (OverlapCounts Firing, OverlapCounts All)? EmptyHoleCounts(Formula template);

    /// <summary>The counts on all images of the template with primitive <paramref name="primitive"/> in the hole.</summary>
    OverlapCounts CountInFull(Formula template, int primitive);
}
