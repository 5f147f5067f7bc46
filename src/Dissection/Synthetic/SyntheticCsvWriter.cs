using System.Globalization;
using NeuronOrleans.Dissection.Csv;

namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>Writes the Broden description files: both index files, label.csv, category.csv and c_*.csv.</summary>
internal static class SyntheticCsvWriter
{
    private static readonly string[] SizeColumns = ["ih", "iw", "sh", "sw"];

    /// <summary>index.csv's column order, as in Broden.</summary>
    private static readonly string[] FullIndexColumns = ["image", "split", .. SizeColumns, .. SyntheticCategories.All];

    /// <summary>Another order on purpose, so readers must go by header name.</summary>
    private static readonly string[] AdeIndexColumns =
        ["image", "split", "sh", "sw", "ih", "iw", "scene", "object", "part", "color", "material", "texture"];

    /// <summary>An index row: cells by column name.</summary>
    public static Dictionary<string, string> IndexRow(SyntheticImage image)
    {
        var row = new Dictionary<string, string>
        {
            ["image"] = image.ImageFile, ["split"] = image.Split,
            ["ih"] = Invariant(SyntheticCategories.ImageSize), ["iw"] = Invariant(SyntheticCategories.ImageSize),
            ["sh"] = Invariant(SyntheticCategories.MapSize), ["sw"] = Invariant(SyntheticCategories.MapSize),
        };
        foreach (var category in SyntheticCategories.All)
            row[category] = string.Join(';',
                image.Planes.Where(p => p.Category == category).Select(p => p.File)
                    .Concat(image.ImageLabels.Where(l => l.Category == category).Select(l => Invariant(l.Label))));
        return row;
    }

    public static void Write(string root, SyntheticWorld world, IReadOnlyList<Dictionary<string, string>> rows, int adeRows, LabelStatistics statistics)
    {
        CsvText.Write(Path.Combine(root, "index.csv"), FullIndexColumns, rows.Select(row => FullIndexColumns.Select(c => row[c]).ToList()));
        CsvText.Write(Path.Combine(root, "index_ade20k.csv"), AdeIndexColumns, rows.Take(adeRows).Select(row => AdeIndexColumns.Select(c => row[c]).ToList()));

        var groups = world.Groups.ToList();
        CsvText.Write(Path.Combine(root, "category.csv"), ["name", "first", "last", "count", "frequency"], groups.Select((group, c) => new[]
        {
            group.Category, Invariant(group.Members[0].Number), Invariant(group.Members[^1].Number),
            Invariant(group.Members.Count), Invariant(statistics.CategoryFrequency(c)),
        }));
        CsvText.Write(Path.Combine(root, "label.csv"), ["number", "name", "category", "frequency", "coverage", "syns"],
            groups.SelectMany((group, c) => group.Members.Select(label => new[]
            {
                Invariant(label.Number), label.Name, $"{group.Category}({Invariant(statistics.Frequency(c, label.Number))})",
                Invariant(statistics.Frequency(c, label.Number)), Coverage(statistics.Coverage(c, label.Number)), label.Name,
            })));
        for (int c = 0; c < groups.Count; c++)
        {
            int category = c;
            CsvText.Write(Path.Combine(root, $"c_{groups[c].Category}.csv"), ["code", "number", "name", "frequency", "coverage"],
                groups[c].Members.Select((label, code) => new[]
                {
                    Invariant(code + 1), Invariant(label.Number), label.Name,
                    Invariant(statistics.Frequency(category, label.Number)), Coverage(statistics.Coverage(category, label.Number)),
                }));
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Coverage(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
