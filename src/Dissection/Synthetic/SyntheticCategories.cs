namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>Broden's categories in <c>category.csv</c> order, and the sizes of its files.</summary>
internal static class SyntheticCategories
{
    public const string Color = "color", Object = "object", Part = "part", Material = "material", Scene = "scene", Texture = "texture";

    public static readonly string[] All = [Color, Object, Part, Material, Scene, Texture];

    public const int ImageSize = 224;
    public const int MapSize = 112;
}
