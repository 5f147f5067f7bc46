using System.Globalization;
using System.Text;

namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// A CSV file with a header row, read whole. Columns are looked up by header name because the
/// Broden files do not share one column order. Double-quoted cells (with <c>""</c> escapes) are
/// understood; a quoted cell may not span lines, which no Broden file needs.
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

    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new BrodenFormatException($"Missing file '{path}'.");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0].Length == 0) throw new BrodenFormatException($"'{path}' has no header row.");
        var header = Split(lines[0], path, 1);
        var rows = new List<CsvRow>(lines.Length - 1);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = Split(lines[i], path, i + 1);
            if (cells.Length != header.Length)
                throw new BrodenFormatException(
                    $"'{path}' line {i + 1}: expected {header.Length} columns as in the header, found {cells.Length}.");
            rows.Add(new CsvRow(i + 1, cells));
        }
        return new CsvTable(path, header, rows);
    }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The position of a required column.</summary>
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

    private static string[] Split(string line, string path, int lineNumber)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') cell.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else cell.Append(c);
        }
        if (quoted) throw new BrodenFormatException($"'{path}' line {lineNumber}: unterminated quoted cell.");
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}

/// <summary>One data row and its 1-based line number in the file (the header is line 1).</summary>
internal sealed record CsvRow(int Line, string[] Cells)
{
    public string this[int column] => Cells[column];
}
