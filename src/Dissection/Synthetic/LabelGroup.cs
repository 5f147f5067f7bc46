namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>The labels of one category, drawn by Zipf rank (the first members are the common ones).</summary>
internal sealed class LabelGroup(string category, IReadOnlyList<SyntheticLabel> members)
{
    /// <summary>Steep enough that a handful of labels dominate and most are rare, as in Broden.</summary>
    private const double ZipfExponent = 1.1;

    private readonly ZipfSampler _sampler = new(members.Count, ZipfExponent);

    public string Category { get; } = category;
    public IReadOnlyList<SyntheticLabel> Members { get; } = members;

    public SyntheticLabel Sample(ref SplitMix64 random) => Members[_sampler.Sample(ref random)];

    /// <summary>Up to <paramref name="count"/> distinct labels, drawn by rank.</summary>
    public IReadOnlyList<SyntheticLabel> SampleDistinct(ref SplitMix64 random, int count)
    {
        var chosen = new List<SyntheticLabel>();
        for (int attempt = 0; attempt < 4 * count && chosen.Count < count; attempt++)
        {
            var label = Sample(ref random);
            if (!chosen.Contains(label)) chosen.Add(label);
        }
        return chosen;
    }
}
