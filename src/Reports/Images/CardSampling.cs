using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Reports.Images;

/// <summary>
/// Chooses a card's sample images (ALGORITHM §7): among the images where both the neuron and its
/// best formula have cells, a seeded pick by the neuron's number. Run where the neuron's mask is at
/// hand, after its search: the report then needs neither the activations nor the label masks.
/// </summary>
public static class CardSampling
{
    public const int SamplesPerCard = 5;

    /// <summary>The samples of a neuron's card; none when the search found no formula.</summary>
    public static IReadOnlyList<SampledImage> Choose(LabelMaskBank bank, NeuronMask neuron, SearchResult result, int unit)
    {
        if (result.Best is not { } best) return [];
        var formulaBits = FormulaMasks.Evaluate(bank, best.Formula);
        int words = bank.Grid.WordsPerImage;
        var eligible = Enumerable.Range(0, bank.ImageCount)
            .Where(i => NonEmpty(neuron.Bits, i, words) && NonEmpty(formulaBits, i, words))
            .ToList();
        return [.. SeededSampler.Sample(eligible, SamplesPerCard, (ulong)unit)
            .Select(image => new SampledImage(image, ImageMasks.Of(bank.Grid, neuron.Bits, formulaBits, image)))];
    }

    private static bool NonEmpty(ulong[] bits, int image, int words) => bits.AsSpan(image * words, words).IndexOfAnyExcept(0UL) >= 0;
}
