namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Draws image <c>i</c> from its own random stream (seed, i), so images can be made in any order
/// or in parallel with identical results. The first rows are ADE-like (scene, background objects,
/// objects with parts, colours); the rest alternate material images and texture images.
/// </summary>
internal sealed class SyntheticImageRenderer(SyntheticWorld world, SyntheticBrodenOptions options)
{
    private const int Map = SyntheticCategories.MapSize;

    /// <summary>ADE rows whose scene is 0 ("none"), as about 2,000 of Broden's 22,210 are.</summary>
    private const double NoSceneRate = 0.08;

    public SyntheticImage Render(int index)
    {
        var random = SplitMix64.For(options.Seed, index);
        if (index < options.AdeImageCount) return RenderAde(index, ref random);
        return (index - options.AdeImageCount) % 2 == 0 ? RenderMaterial(index, ref random) : RenderTexture(index, ref random);
    }

    private SyntheticImage RenderAde(int index, ref SplitMix64 random)
    {
        string split = index % 5 == 0 ? "val" : "train";
        string stem = $"ade20k/ADE_{split}_{index + 1:D8}";
        ushort[] objects = new ushort[Map * Map], parts = new ushort[Map * Map], subParts = new ushort[Map * Map], colors = new ushort[Map * Map];

        var scene = world.Scenes.Sample(ref random);
        var typical = world.TypicalObjects(scene);
        // Two background objects split the image at a random row, like wall above floor.
        var background = new Shape(0, 0, Map, random.Next(30, 80), false);
        Paint(background, typical[0]);
        Paint(background with { Y = background.Height, Height = Map - background.Height }, typical[Math.Min(1, typical.Count - 1)]);

        int count = random.Next(1, 6);
        for (int k = 0; k < count; k++)
        {
            var item = random.Chance(0.7) ? typical[random.Next(typical.Count)] : world.Objects.Sample(ref random);
            var shape = Shape.Random(ref random, Map, 12, 70);
            Paint(shape, item);
            var itemParts = world.PartsOf(item);
            if (itemParts.Count == 0 || !random.Chance(0.7)) continue;
            int first = random.Next(itemParts.Count);
            PaintPart(parts, shape.Inner(ref random), itemParts[first], item);
            // A second part may overlap the first, which is why Broden keeps parts in several planes.
            if (itemParts.Count > 1 && random.Chance(0.4))
                PaintPart(subParts, shape.Inner(ref random), itemParts[(first + 1) % itemParts.Count], item);
        }

        var planes = new List<SyntheticPlane>
        {
            new(SyntheticCategories.Color, stem + "_color.png", colors),
            new(SyntheticCategories.Object, stem + "_object.png", objects),
        };
        if (parts.AsSpan().ContainsAnyExcept((ushort)0)) planes.Add(new(SyntheticCategories.Part, stem + "_part_1.png", parts));
        if (subParts.AsSpan().ContainsAnyExcept((ushort)0)) planes.Add(new(SyntheticCategories.Part, stem + "_part_2.png", subParts));
        int sceneCell = random.Chance(NoSceneRate) ? 0 : scene.Number;
        var rgb = SyntheticPixels.Paint(world, [subParts, parts, objects], null, scene);
        return new SyntheticImage(index, "ade20k", split, stem + ".jpg", planes, [new(SyntheticCategories.Scene, sceneCell)], rgb);

        void Paint(Shape shape, SyntheticLabel item) => Fill(shape, pixel =>
        {
            objects[pixel] = (ushort)item.Number;
            colors[pixel] = (ushort)item.Color;
            parts[pixel] = subParts[pixel] = 0;
        });

        // Parts only where their object is visible.
        void PaintPart(ushort[] plane, Shape shape, SyntheticLabel part, SyntheticLabel item) => Fill(shape, pixel =>
        {
            if (objects[pixel] != item.Number) return;
            plane[pixel] = (ushort)part.Number;
            colors[pixel] = (ushort)part.Color;
        });
    }

    private SyntheticImage RenderMaterial(int index, ref SplitMix64 random)
    {
        string stem = $"opensurfaces/{index + 1:D8}";
        ushort[] materials = new ushort[Map * Map], colors = new ushort[Map * Map];
        int count = random.Next(1, 4);
        for (int k = 0; k <= count; k++)
        {
            var material = world.Materials.Sample(ref random);
            var shape = k == 0 ? new Shape(0, 0, Map, Map, false) : Shape.Random(ref random, Map, 20, 90);
            Fill(shape, pixel =>
            {
                materials[pixel] = (ushort)material.Number;
                colors[pixel] = (ushort)material.Color;
            });
        }
        var rgb = SyntheticPixels.Paint(world, [materials], null, null);
        return new SyntheticImage(index, "opensurfaces", "train", stem + ".jpg",
            [new(SyntheticCategories.Color, stem + "_color.png", colors), new(SyntheticCategories.Material, stem + "_material.png", materials)],
            [], rgb);
    }

    private SyntheticImage RenderTexture(int index, ref SplitMix64 random)
    {
        var texture = world.Textures.Sample(ref random);
        string stem = $"dtd/{texture.Name}_{index + 1:D8}";
        var colors = new ushort[Map * Map];
        colors.AsSpan().Fill((ushort)texture.Color);
        var rgb = SyntheticPixels.Paint(world, [], texture, null);
        return new SyntheticImage(index, "dtd", "train", stem + ".jpg",
            [new(SyntheticCategories.Color, stem + "_color.png", colors)],
            [new(SyntheticCategories.Texture, texture.Number)], rgb);
    }

    private static void Fill(Shape shape, Action<int> paint)
    {
        for (int y = shape.Y; y < shape.Y + shape.Height; y++)
            for (int x = shape.X; x < shape.X + shape.Width; x++)
                if (shape.Contains(x, y)) paint(y * Map + x);
    }
}
