using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// A Broden folder read into memory: its categories, labels and the images of one index file
/// (ALGORITHM §2). Label maps stay on disk; <see cref="LabelMapDecoder"/> reads them on demand.
/// </summary>
public sealed class BrodenDataset
{
    /// <summary>Every image of every source.</summary>
    public const string FullIndex = "index.csv";

    /// <summary>The ADE20K rows only: the default probe set (22,210 images in Broden).</summary>
    public const string AdeIndex = "index_ade20k.csv";

    private BrodenDataset(string root, string indexFile, IReadOnlyList<string> categories, LabelTable labels, IReadOnlyList<BrodenImage> images)
    {
        Root = root;
        IndexFile = indexFile;
        Categories = categories;
        Labels = labels;
        Images = images;
    }

    public string Root { get; }

    /// <summary>The index file name inside <see cref="Root"/>.</summary>
    public string IndexFile { get; }

    /// <summary>Category names in <c>category.csv</c> order.</summary>
    public IReadOnlyList<string> Categories { get; }

    public LabelTable Labels { get; }

    /// <summary>Images in index row order; <c>Images[i].Index == i</c>.</summary>
    public IReadOnlyList<BrodenImage> Images { get; }

    public string ImagesFolder => Path.Combine(Root, "images");

    /// <summary>The CSV files that define the dataset, in a fixed order (index, labels, categories, c_ files).</summary>
    public IReadOnlyList<string> DescriptionFiles =>
    [
        Path.Combine(Root, IndexFile),
        Path.Combine(Root, BrodenLabelReader.LabelFile),
        Path.Combine(Root, BrodenLabelReader.CategoryFile),
        .. Categories.Select(category => Path.Combine(Root, BrodenLabelReader.CategoryLabelFile(category))),
    ];

    public string ImagePath(BrodenImage image) => Path.Combine(ImagesFolder, image.Image);

    public string LabelMapPath(string labelMap) => Path.Combine(ImagesFolder, labelMap);

    /// <summary>Reads the dataset at <paramref name="root"/> with the given index file (<see cref="FullIndex"/> or <see cref="AdeIndex"/>).</summary>
    /// <exception cref="BrodenFormatException">A folder or table is missing or malformed; the message names the file, row and column.</exception>
    public static BrodenDataset Open(string root, string indexFile = AdeIndex)
    {
        if (!Directory.Exists(root)) throw new BrodenFormatException($"Missing Broden folder '{root}'.");
        var categories = BrodenLabelReader.ReadCategories(root);
        var labels = BrodenLabelReader.ReadLabels(root, categories);
        var images = BrodenIndexReader.Read(Path.Combine(root, indexFile), categories, labels);
        return new BrodenDataset(root, indexFile, categories, labels, images);
    }
}
