namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Per category and label: in how many images it occurs and how many map pixels it covers, for the
/// frequency and coverage columns. Images add themselves concurrently; integer sums make the
/// totals independent of the order.
/// </summary>
internal sealed class LabelStatistics
{
    private const int MapPixels = SyntheticCategories.MapSize * SyntheticCategories.MapSize;

    private readonly int[,] _images;
    private readonly long[,] _pixels;
    private readonly int[] _categoryImages = new int[SyntheticCategories.All.Length];

    public LabelStatistics(int labelCount)
    {
        _images = new int[SyntheticCategories.All.Length, labelCount + 1];
        _pixels = new long[SyntheticCategories.All.Length, labelCount + 1];
    }

    public void Add(SyntheticImage image)
    {
        for (int category = 0; category < SyntheticCategories.All.Length; category++)
        {
            var name = SyntheticCategories.All[category];
            var pixels = new Dictionary<int, long>();
            foreach (var plane in image.Planes.Where(p => p.Category == name))
                foreach (ushort label in plane.Labels)
                    if (label != 0) pixels[label] = pixels.GetValueOrDefault(label) + 1;
            foreach (var entry in image.ImageLabels.Where(l => l.Category == name && l.Label != 0))
                pixels[entry.Label] = MapPixels;
            if (pixels.Count > 0) Interlocked.Increment(ref _categoryImages[category]);
            foreach (var (label, count) in pixels)
            {
                Interlocked.Increment(ref _images[category, label]);
                Interlocked.Add(ref _pixels[category, label], count);
            }
        }
    }

    public int Frequency(int category, int label) => _images[category, label];

    /// <summary>Coverage in images' worth: the summed fraction of each image the label covers.</summary>
    public double Coverage(int category, int label) => (double)_pixels[category, label] / MapPixels;

    /// <summary>Images with at least one label of the category.</summary>
    public int CategoryFrequency(int category) => _categoryImages[category];
}
