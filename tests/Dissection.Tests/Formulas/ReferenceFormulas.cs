using System.IO.Compression;
using System.Text.RegularExpressions;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Tests.Formulas;

/// <summary>
/// The published result CSVs (fixtures, stored gzip-compressed and read back byte for byte) and a label table recovered from them: the atoms of each
/// formula line up with the atoms of its category string, which gives every label its primary
/// category.
/// </summary>
internal static partial class ReferenceFormulas
{
    public sealed record Row(string File, int Line, string Category, string Formula);

    public static IReadOnlyList<Row> Rows { get; } = LoadRows();

    public static LabelTable Labels { get; } = RecoverLabels(Rows);

    public static IEnumerable<string> Atoms(string formula) =>
        Separators().Split(formula).Where(a => a.Length > 0).Select(a => a.EndsWith("-X", StringComparison.Ordinal) ? a[..^2] : a);

    private static List<Row> LoadRows()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference");
        var rows = new List<Row>();
        foreach (var file in Directory.GetFiles(folder, "*.csv.gz").Order(StringComparer.Ordinal))
        {
            var lines = ReadLines(file);
            Assert.Equal("neuron,category,formula,threshold", lines[0]);
            for (int i = 1; i < lines.Length; i++)
            {
                var cells = lines[i].Split(',');
                Assert.Equal(4, cells.Length);
                rows.Add(new Row(Path.GetFileNameWithoutExtension(file), i + 1, cells[1], cells[2]));
            }
        }
        Assert.Equal(5 * 512, rows.Count);
        return rows;
    }

    private static string[] ReadLines(string gzipFile)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipFile), CompressionMode.Decompress));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static LabelTable RecoverLabels(IEnumerable<Row> rows)
    {
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var names = Atoms(row.Formula).ToList();
            var kinds = Atoms(row.Category).ToList();
            Assert.Equal(names.Count, kinds.Count);
            foreach (var (name, kind) in names.Zip(kinds))
                if (!categories.TryAdd(name, kind))
                    Assert.Equal(categories[name], kind); // one primary category per label
        }
        return new LabelTable(categories.Keys.Order(StringComparer.Ordinal).Select((name, i) => new Label(i + 1, name, categories[name])));
    }

    [GeneratedRegex(@"[()]| OR | AND NOT | AND | WITH | CLOSE TO | CLOSE | & ")]
    private static partial Regex Separators();
}
