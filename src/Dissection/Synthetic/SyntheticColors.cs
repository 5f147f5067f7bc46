namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>Broden's eleven colour labels and the RGB the generator paints them with.</summary>
internal static class SyntheticColors
{
    public const int Count = 11;

    public static readonly (string Name, byte R, byte G, byte B)[] All =
    [
        ("black-c", 20, 20, 20), ("blue-c", 40, 70, 200), ("brown-c", 120, 75, 35), ("green-c", 50, 160, 60),
        ("grey-c", 128, 128, 128), ("orange-c", 240, 140, 30), ("pink-c", 240, 150, 190), ("purple-c", 130, 50, 160),
        ("red-c", 210, 35, 35), ("white-c", 235, 235, 235), ("yellow-c", 235, 215, 40),
    ];
}
