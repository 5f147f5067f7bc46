namespace NeuronOrleans.Dissection.Labels;

/// <summary>
/// A Broden concept: its global number (1-based, from label.csv), its display name (underscores
/// shown as spaces) and its primary category (the category where its coverage is largest).
/// </summary>
public sealed record Label(int Number, string Name, string Category)
{
    public const string SceneCategory = "scene";

    public bool IsScene => Category == SceneCategory;
}
