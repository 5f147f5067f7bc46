namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// The label catalogue of a synthetic dataset and the structure images are drawn from: each scene
/// has typical objects (so scenes and objects correlate), each object may have parts.
/// Global numbers run colours, objects, parts, materials, scenes, textures.
/// </summary>
internal sealed class SyntheticWorld
{
    private readonly Dictionary<int, IReadOnlyList<SyntheticLabel>> _typicalObjects = [];
    private readonly Dictionary<int, IReadOnlyList<SyntheticLabel>> _parts = [];

    public SyntheticWorld(SyntheticBrodenOptions options)
    {
        var random = SplitMix64.For(options.Seed, -1);
        var names = new LabelNameMaker();
        var labels = new List<SyntheticLabel>();
        Colors = Group(SyntheticCategories.Color, options.ColorLabels, (number, _) =>
        {
            var (name, r, g, b) = SyntheticColors.All[number - 1];
            return new SyntheticLabel(number, names.Reserve(name), SyntheticCategories.Color, number, r, g, b, 0, 0, 1, 0);
        });
        Objects = Group(SyntheticCategories.Object, options.ObjectLabels, Made(""));
        Parts = Group(SyntheticCategories.Part, options.PartLabels, Made(""));
        Materials = Group(SyntheticCategories.Material, options.MaterialLabels, Made(""));
        Scenes = Group(SyntheticCategories.Scene, options.SceneLabels, Made("-s"));
        Textures = Group(SyntheticCategories.Texture, options.TextureLabels, Made(""));
        Labels = labels;

        foreach (var scene in Scenes.Members) _typicalObjects[scene.Number] = Objects.SampleDistinct(ref random, random.Next(2, 7));
        foreach (var item in Objects.Members)
            _parts[item.Number] = random.Chance(0.6) ? Parts.SampleDistinct(ref random, random.Next(1, 4)) : [];
        return;

        LabelGroup Group(string category, int count, Func<int, string, SyntheticLabel> make)
        {
            var members = new List<SyntheticLabel>(count);
            for (int i = 0; i < count; i++) members.Add(make(labels.Count + i + 1, category));
            labels.AddRange(members);
            return new LabelGroup(category, members);
        }

        Func<int, string, SyntheticLabel> Made(string suffix) => (number, category) =>
        {
            var name = names.Make(ref random, suffix);
            var color = Colors.Members[random.Next(Colors.Members.Count)];
            int stripeX = random.Next(4), stripeY = stripeX == 0 ? random.Next(1, 4) : random.Next(4);
            return new SyntheticLabel(number, name, category, color.Number,
                Jitter(ref random, color.R), Jitter(ref random, color.G), Jitter(ref random, color.B),
                stripeX, stripeY, random.Next(2, 9), random.Next(15, 46));
        };
    }

    public IReadOnlyList<SyntheticLabel> Labels { get; }
    public LabelGroup Colors { get; }
    public LabelGroup Objects { get; }
    public LabelGroup Parts { get; }
    public LabelGroup Materials { get; }
    public LabelGroup Scenes { get; }
    public LabelGroup Textures { get; }

    /// <summary>One group per category, in <see cref="SyntheticCategories.All"/> order (statistics are indexed by it).</summary>
    public IEnumerable<LabelGroup> Groups => [Colors, Objects, Parts, Materials, Scenes, Textures];

    public SyntheticLabel this[int number] => Labels[number - 1];

    public IReadOnlyList<SyntheticLabel> TypicalObjects(SyntheticLabel scene) => _typicalObjects[scene.Number];

    public IReadOnlyList<SyntheticLabel> PartsOf(SyntheticLabel item) => _parts[item.Number];

    private static byte Jitter(ref SplitMix64 random, byte channel) => (byte)Math.Clamp(channel + random.Next(-30, 31), 0, 255);
}
