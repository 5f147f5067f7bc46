using NeuronOrleans.Dissection.Csv;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// Reads <c>category.csv</c>, <c>label.csv</c> and the <c>c_&lt;category&gt;.csv</c> files into the
/// label table (ALGORITHM §2).
/// </summary>
internal static class BrodenLabelReader
{
    public const string CategoryFile = "category.csv";
    public const string LabelFile = "label.csv";

    public static string CategoryLabelFile(string category) => $"c_{category}.csv";

    /// <summary>Category names in <c>category.csv</c> order.</summary>
    public static IReadOnlyList<string> ReadCategories(string root)
    {
        var table = CsvTable.Read(Path.Combine(root, CategoryFile));
        int name = table.Column("name");
        return table.Rows.Select(row => row[name]).ToList();
    }

    /// <summary>
    /// Every label of <c>label.csv</c> with its primary category: the category whose c_ file gives
    /// it the largest coverage, the earliest in <paramref name="categories"/> on ties. Row number 0
    /// (unlabeled) is skipped if present.
    /// </summary>
    public static LabelTable ReadLabels(string root, IReadOnlyList<string> categories)
    {
        var table = CsvTable.Read(Path.Combine(root, LabelFile));
        int numberColumn = table.Column("number"), nameColumn = table.Column("name");
        var names = new SortedDictionary<int, (string Name, CsvRow Row)>();
        foreach (var row in table.Rows)
        {
            int number = table.ParseInt(row, numberColumn);
            if (number == 0) continue;
            if (number < 0) throw table.BadCell(row, numberColumn, "a label number ≥ 0");
            if (!names.TryAdd(number, (DisplayName(row[nameColumn]), row)))
                throw table.BadCell(row, numberColumn, "a label number not used by an earlier row");
        }

        var primary = PrimaryCategories(root, categories, names);
        return new LabelTable(names.Select(pair =>
            new Label(pair.Key, pair.Value.Name, primary.TryGetValue(pair.Key, out var category)
                ? category
                : throw new BrodenFormatException(
                    $"'{table.Path}' line {pair.Value.Row.Line}: label {pair.Key} ('{pair.Value.Name}') appears in no c_<category>.csv file."))));
    }

    /// <summary>Broden writes spaces in names as underscores.</summary>
    public static string DisplayName(string name) => name.Replace('_', ' ');

    private static Dictionary<int, string> PrimaryCategories(
        string root, IReadOnlyList<string> categories, SortedDictionary<int, (string Name, CsvRow Row)> labels)
    {
        var best = new Dictionary<int, (string Category, double Coverage)>();
        foreach (var category in categories)
        {
            var table = CsvTable.Read(Path.Combine(root, CategoryLabelFile(category)));
            int numberColumn = table.Column("number"), coverageColumn = table.Column("coverage");
            foreach (var row in table.Rows)
            {
                int number = table.ParseInt(row, numberColumn);
                if (number == 0) continue;
                if (!labels.ContainsKey(number)) throw table.BadCell(row, numberColumn, "a label number listed in label.csv");
                double coverage = table.ParseDouble(row, coverageColumn);
                // Strictly greater: on ties the category read first (category.csv order) stays.
                if (!best.TryGetValue(number, out var current) || coverage > current.Coverage)
                    best[number] = (category, coverage);
            }
        }
        return best.ToDictionary(pair => pair.Key, pair => pair.Value.Category);
    }
}
