using System.Text.Json;
using System.Text.RegularExpressions;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>The committed Grafana dashboard: its panels and the PromQL of every query in it.</summary>
internal sealed partial class GrafanaDashboard
{
    public static readonly string FilePath = Path.Combine(RepositoryPaths.Deploy, "grafana", "neuron-orleans.json");

    private GrafanaDashboard(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public static GrafanaDashboard Load() => new(JsonDocument.Parse(File.ReadAllText(FilePath)).RootElement.Clone());

    /// <summary>Every panel that shows data (rows excluded), rows' nested panels included.</summary>
    public IEnumerable<JsonElement> Panels => Flatten(Root.GetProperty("panels")).Where(p => p.GetProperty("type").GetString() != "row");

    /// <summary>Panel queries and the template variables' queries.</summary>
    public IEnumerable<string> Queries =>
        Panels.SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!)
            .Concat(Root.GetProperty("templating").GetProperty("list").EnumerateArray()
                .Where(v => v.GetProperty("type").GetString() == "query")
                .Select(v => v.GetProperty("query").GetProperty("query").GetString()!));

    public static IEnumerable<string> MetricNames(string query) =>
        MetricName().Matches(query).Select(m => m.Value).Distinct();

    /// <summary>Labels a query matches on, groups by, or asks label_values for.</summary>
    public static IEnumerable<string> LabelNames(string query) =>
        Matcher().Matches(query).Select(m => m.Groups[1].Value)
            .Concat(Grouping().Matches(query).SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Concat(LabelValues().Matches(query).Select(m => m.Groups[1].Value))
            .Distinct();

    /// <summary>Series a query takes rate() or increase() of.</summary>
    public static IEnumerable<string> RatedSeries(string query) => Rated().Matches(query).Select(m => m.Groups[1].Value);

    /// <summary>The query as Grafana would send it over the given range.</summary>
    public static string Expand(string query, string range) => query
        .Replace("$__rate_interval", range).Replace("$__range", range).Replace("$sweep", ".*");

    private static IEnumerable<JsonElement> Flatten(JsonElement panels) => panels.EnumerateArray()
        .SelectMany(p => p.TryGetProperty("panels", out var nested) ? Flatten(nested).Prepend(p) : [p]);

    [GeneratedRegex(@"\b(?:neuronorleans|orleans|dotnet)_[a-z0-9_]+\b")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)\s*""")]
    private static partial Regex Matcher();

    [GeneratedRegex(@"\b(?:by|without)\s*\(([^)]*)\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"label_values\([^,]+,\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)")]
    private static partial Regex LabelValues();

    [GeneratedRegex(@"\b(?:rate|increase)\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)")]
    private static partial Regex Rated();
}
