namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Paints the JPEG content: every pixel shows the top-most label under it in that label's shade
/// and stripe pattern (each map pixel is a 2×2 image block), optionally tinted by the scene, so a
/// CNN has something label-specific to respond to.
/// </summary>
internal static class SyntheticPixels
{
    private const int Scale = SyntheticCategories.ImageSize / SyntheticCategories.MapSize;

    /// <param name="layers">Label planes, top-most first.</param>
    /// <param name="fallback">The label shown where no layer has one (the texture of a texture image).</param>
    /// <param name="tint">A scene blended in at 1/8 strength, or null.</param>
    public static byte[] Paint(SyntheticWorld world, ReadOnlySpan<ushort[]> layers, SyntheticLabel? fallback, SyntheticLabel? tint)
    {
        const int size = SyntheticCategories.ImageSize;
        var rgb = new byte[size * size * 3];
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
            {
                var label = Visible(world, layers, (y / Scale) * SyntheticCategories.MapSize + x / Scale) ?? fallback;
                if (label is null) continue;
                int band = (label.StripeX * x + label.StripeY * y) / label.StripePeriod & 1;
                int delta = band == 0 ? -label.StripeAmplitude / 2 : label.StripeAmplitude / 2;
                int offset = (y * size + x) * 3;
                rgb[offset] = Channel(label.R + delta, tint?.R);
                rgb[offset + 1] = Channel(label.G + delta, tint?.G);
                rgb[offset + 2] = Channel(label.B + delta, tint?.B);
            }
        return rgb;
    }

    private static SyntheticLabel? Visible(SyntheticWorld world, ReadOnlySpan<ushort[]> layers, int pixel)
    {
        foreach (var layer in layers)
            if (layer[pixel] != 0) return world[layer[pixel]];
        return null;
    }

    private static byte Channel(int value, byte? tint) =>
        (byte)Math.Clamp(tint is { } t ? (value * 7 + t) / 8 : value, 0, 255);
}
