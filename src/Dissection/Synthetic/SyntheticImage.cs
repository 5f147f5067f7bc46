namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// One synthetic image as the generator writes it: its label planes (each becomes a PNG),
/// image-level labels (index cells) and RGB pixels (the JPEG).
/// </summary>
/// <param name="ImageFile">The JPEG, relative to <c>images/</c>.</param>
/// <param name="Rgb">224×224 pixels, row-major, 3 bytes each.</param>
public sealed record SyntheticImage(
    int Index,
    string Source,
    string Split,
    string ImageFile,
    IReadOnlyList<SyntheticPlane> Planes,
    IReadOnlyList<SyntheticImageLabel> ImageLabels,
    byte[] Rgb);

/// <summary>A label map of one category: 112×112 global label numbers, row-major; 0 = unlabeled.</summary>
/// <param name="File">The PNG, relative to <c>images/</c>.</param>
public sealed record SyntheticPlane(string Category, string File, ushort[] Labels);

/// <summary>An image-level label (scene, texture); label 0 is Broden's "none", written but meaningless.</summary>
public sealed record SyntheticImageLabel(string Category, int Label);
