namespace NeuronOrleans.Reports.Csv;

/// <summary>RFC 4180 quoting, applied only where a field needs it.</summary>
internal static class CsvField
{
    private static readonly char[] Special = [',', '"', '\r', '\n'];

    public static bool NeedsQuoting(string field) => field.IndexOfAny(Special) >= 0;

    public static string Escape(string field) =>
        NeedsQuoting(field) ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
