namespace NeuronOrleans.Probing.Preprocessing;

/// <summary>
/// Per-channel input normalisation: <c>(pixel · Scale − Mean[c]) / Std[c]</c> on RGB pixels in 0..255.
/// </summary>
public sealed record Normalization(string Name, float Scale, float[] Mean, float[] Std)
{
    /// <summary>The Broden/NetDissect convention that reproduces the published numbers (ALGORITHM §3):
    /// BGR-era means in RGB order, one std of 255·0.224 for every channel, no rescaling to 0..1.</summary>
    public static readonly Normalization Broden = new("broden", 1f, [124.6901f, 118.6897f, 109.5388f], [57.12f, 57.12f, 57.12f]);

    /// <summary>torchvision's ImageNet convention on 0..1 values.</summary>
    public static readonly Normalization ImageNet = new("imagenet", 1f / 255, [0.485f, 0.456f, 0.406f], [0.229f, 0.224f, 0.225f]);

    public override string ToString() => Name;
}
