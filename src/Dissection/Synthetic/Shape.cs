namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>A rectangle or the ellipse inscribed in it, in label-map pixels.</summary>
internal readonly record struct Shape(int X, int Y, int Width, int Height, bool Ellipse)
{
    public static Shape Random(ref SplitMix64 random, int canvas, int minSize, int maxSize)
    {
        int width = random.Next(minSize, maxSize + 1), height = random.Next(minSize, maxSize + 1);
        return new Shape(random.Next(canvas - width + 1), random.Next(canvas - height + 1), width, height, random.Chance(0.5));
    }

    /// <summary>A rectangle of 30–60 % of this shape's size, inside its bounding box.</summary>
    public Shape Inner(ref SplitMix64 random)
    {
        int width = Math.Max(1, Width * random.Next(30, 61) / 100), height = Math.Max(1, Height * random.Next(30, 61) / 100);
        return new Shape(X + random.Next(Width - width + 1), Y + random.Next(Height - height + 1), width, height, false);
    }

    public bool Contains(int x, int y)
    {
        if (x < X || y < Y || x >= X + Width || y >= Y + Height) return false;
        if (!Ellipse) return true;
        // Centre-relative coordinates, doubled to stay in integers.
        long dx = 2 * (x - X) + 1 - Width, dy = 2 * (y - Y) + 1 - Height;
        return dx * dx * Height * Height + dy * dy * Width * Width <= (long)Width * Width * Height * Height;
    }
}
