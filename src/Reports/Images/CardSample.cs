namespace NeuronOrleans.Reports.Images;

/// <summary>
/// One sampled image of a card: its scores on that image and its three pictures (the overlay and the
/// photo as paths relative to the HTML, the masks as a data URI). <see cref="Photo"/> is null when the
/// probe image is missing or unreadable: the overlay then shows the masks on grey.
/// </summary>
public sealed record CardSample(int Image, double Score, double Iou, string Overlay, string? Photo, string Masks);
