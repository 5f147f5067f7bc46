namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// One row of the index: an image and its concept annotations.
/// </summary>
/// <param name="Index">The image index used everywhere (the row's position in the index file).</param>
/// <param name="Image">The JPEG, relative to <c>images/</c>.</param>
/// <param name="LabelMaps">
/// PNG label maps of the pixel categories, relative to <c>images/</c>; a pixel carries a label if
/// any of them holds it there (planes are OR-ed).
/// </param>
/// <param name="ImageLabels">Image-level labels (scene, texture): each covers the whole image.</param>
public sealed record BrodenImage(
    int Index,
    string Image,
    string Split,
    int ImageHeight,
    int ImageWidth,
    int MapHeight,
    int MapWidth,
    IReadOnlyList<string> LabelMaps,
    IReadOnlyList<int> ImageLabels);
