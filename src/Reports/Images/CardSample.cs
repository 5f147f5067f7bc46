namespace NeuronOrleans.Reports.Images;

/// <summary>
/// One sampled image of a card: its scores on that image, where its pictures are, and its masks
/// picture as a data URI. The overlay and the photo are column <see cref="Column"/> of the card's
/// picture <see cref="Card"/> (a path relative to the HTML, <see cref="Columns"/> columns, overlays
/// in the top row, photos in the bottom row). <see cref="HasPhoto"/> is false when the probe image
/// is missing or unreadable: the overlay then shows the masks on grey.
/// </summary>
public sealed record CardSample(int Image, double Score, double Iou, string Card, int Column, int Columns, bool HasPhoto, string Masks);
