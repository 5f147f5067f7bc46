using System.Globalization;
using nietras.SeparatedValues;

namespace NeuronOrleans.Dissection.Csv;

/// <summary>
/// Every CSV file the product writes: a header, then rows, RFC 4180 quoting only where a field needs
/// it (a comma, quote or line break), <c>\n</c> line ends, as Python's <c>csv</c> module quotes.
/// </summary>
public static class CsvText
{
    public static string Format(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            writer.Header.Add(header);
            writer.Header.Write();
            foreach (var row in rows)
            {
                using var line = writer.NewRow();
                for (int column = 0; column < header.Count; column++) line[column].Set(row[column]);
            }
        }
        return text.ToString();
    }

    /// <summary>Writes <see cref="Format"/>'s text as UTF-8 without a byte order mark.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        File.WriteAllText(path, Format(header, rows), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
