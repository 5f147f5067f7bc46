namespace NeuronOrleans.Reports.Html;

/// <summary>The page's stylesheet and script, embedded in the assembly and inlined into the HTML so it works offline.</summary>
internal static class ReportAssets
{
    public static string Css => field ??= Read("report.css");

    public static string Script => field ??= Read("report.js");

    private static string Read(string name)
    {
        string resource = $"NeuronOrleans.Reports.Html.Assets.{name}";
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from the build.");
        using var reader = new StreamReader(stream);
        // Normalised so a checkout with CRLF line endings still gives byte-identical reports.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
