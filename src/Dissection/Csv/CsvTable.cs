using System.Globalization;
using nietras.SeparatedValues;
using NeuronOrleans.Dissection.Broden;

namespace NeuronOrleans.Dissection.Csv;

/// <summary>
/// A CSV file with a header row, read whole (RFC 4180, as <see cref="CsvText"/> writes it). Columns
/// are looked up by header name because the Broden files do not share one column order; blank lines
/// are skipped. Errors name the file, line and column.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++) _columns.TryAdd(header[i], i);
    }

    public string Path { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <exception cref="BrodenFormatException">The file is missing, has no header, or a row has another number of columns than the header.</exception>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new BrodenFormatException($"Missing file '{path}'.");
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        var header = reader.Header.ColNames;
        if (header.Count == 0 || header is [""]) throw new BrodenFormatException($"'{path}' has no header row.");
        var rows = new List<CsvRow>();
        foreach (var row in reader)
        {
            if (row.Span.IsEmpty) continue;
            if (row.ColCount != header.Count)
                throw new BrodenFormatException(
                    $"'{path}' line {row.LineNumberFrom}: expected {header.Count} columns as in the header, found {row.ColCount}.");
            var cells = new string[row.ColCount];
            for (int c = 0; c < cells.Length; c++) cells[c] = row[c].ToString();
            rows.Add(new CsvRow(row.LineNumberFrom, cells));
        }
        return new CsvTable(path, header, rows);
    }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The position of a required column.</summary>
    /// <exception cref="BrodenFormatException">The header has no such column.</exception>
    public int Column(string name) =>
        _columns.TryGetValue(name, out int index)
            ? index
            : throw new BrodenFormatException($"'{Path}' has no column '{name}' (header: {string.Join(",", Header)}).");

    public int ParseInt(CsvRow row, int column) =>
        int.TryParse(row[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw BadCell(row, column, "an integer");

    public double ParseDouble(CsvRow row, int column) =>
        double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw BadCell(row, column, "a number");

    /// <summary>An error naming the file, line and column of a cell whose value is wrong.</summary>
    public BrodenFormatException BadCell(CsvRow row, int column, string expected) =>
        new($"'{Path}' line {row.Line}, column '{Header[column]}': expected {expected}, found '{row[column]}'.");
}

/// <summary>One data row and its 1-based line number in the file (the header is line 1).</summary>
internal sealed record CsvRow(int Line, string[] Cells)
{
    public string this[int column] => Cells[column];
}
