namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>Size and seed of a synthetic Broden dataset; the same options always give the same bytes.</summary>
public sealed record SyntheticBrodenOptions
{
    /// <summary>Fixes every random choice: labels, layouts, colours.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Rows of <c>index_ade20k.csv</c> (objects, parts, colours, scenes); also the first rows of <c>index.csv</c>.</summary>
    public int AdeImageCount { get; init; } = 200;

    /// <summary>Further rows of <c>index.csv</c> only: alternately material images and texture images.</summary>
    public int OtherImageCount { get; init; } = 20;

    /// <summary>Colour labels (<c>-c</c> names), at most <see cref="SyntheticColors.Count"/>.</summary>
    public int ColorLabels { get; init; } = SyntheticColors.Count;

    public int ObjectLabels { get; init; } = 40;
    public int PartLabels { get; init; } = 15;
    public int MaterialLabels { get; init; } = 6;

    /// <summary>Scene labels (<c>-s</c> names), image-level.</summary>
    public int SceneLabels { get; init; } = 12;

    /// <summary>Texture labels, image-level, on the texture images only.</summary>
    public int TextureLabels { get; init; } = 5;

    /// <summary>Worker threads for writing; 0 or less means one per processor. Does not change the output.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    public int ImageCount => AdeImageCount + OtherImageCount;

    /// <summary>50 images and 20 labels: unit tests.</summary>
    public static SyntheticBrodenOptions Tiny { get; } = new()
    {
        AdeImageCount = 40, OtherImageCount = 10,
        ColorLabels = 5, ObjectLabels = 6, PartLabels = 3, MaterialLabels = 2, SceneLabels = 3, TextureLabels = 1,
    };

    /// <summary>Broden's ADE subset size (22,210 images) with about 1,200 labels.</summary>
    public static SyntheticBrodenOptions BrodenSize { get; } = new()
    {
        AdeImageCount = 22_210, OtherImageCount = 1_000,
        ObjectLabels = 584, PartLabels = 234, MaterialLabels = 32, SceneLabels = 290, TextureLabels = 47,
    };

    public void Validate()
    {
        if (AdeImageCount < 0 || OtherImageCount < 0) throw new ArgumentException("Image counts must not be negative.");
        if (ColorLabels is < 1 or > SyntheticColors.Count)
            throw new ArgumentException($"{nameof(ColorLabels)} must be between 1 and {SyntheticColors.Count}, not {ColorLabels}.");
        foreach (var (name, count) in new[]
                 {
                     (nameof(ObjectLabels), ObjectLabels), (nameof(PartLabels), PartLabels), (nameof(MaterialLabels), MaterialLabels),
                     (nameof(SceneLabels), SceneLabels), (nameof(TextureLabels), TextureLabels),
                 })
            if (count < 1) throw new ArgumentException($"{name} must be at least 1, not {count}.");
    }
}
