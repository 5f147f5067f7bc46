using System.Globalization;
using System.Text.RegularExpressions;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>A parsed Prometheus text exposition: metric families with their types, and the samples.</summary>
internal sealed partial class PrometheusText
{
    private readonly Dictionary<string, string> _types = [];
    private readonly List<Sample> _samples = [];

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public IReadOnlyList<Sample> Samples => _samples;

    public static PrometheusText Parse(string text)
    {
        var parsed = new PrometheusText();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TypeLine().Match(line) is { Success: true } type) parsed._types[type.Groups[1].Value] = type.Groups[2].Value;
            else if (!line.StartsWith('#') && SampleLine().Match(line) is { Success: true } sample)
                parsed._samples.Add(new Sample(sample.Groups[1].Value,
                    LabelPair().Matches(sample.Groups[2].Value).ToDictionary(m => m.Groups[1].Value, m => Regex.Unescape(m.Groups[2].Value)),
                    double.Parse(sample.Groups[3].Value, CultureInfo.InvariantCulture)));
        }
        return parsed;
    }

    /// <summary>The type of the family a series belongs to (a histogram's _bucket, _sum and _count included); null when absent.</summary>
    public string? TypeOf(string series)
    {
        if (_samples.All(s => s.Name != series)) return null;
        if (_types.TryGetValue(series, out var type)) return type;
        var family = HistogramSuffix().Replace(series, "");
        return _types.GetValueOrDefault(family);
    }

    public IReadOnlySet<string> LabelsOf(string series) =>
        _samples.Where(s => s.Name == series).SelectMany(s => s.Labels.Keys).ToHashSet();

    public IEnumerable<Sample> Series(string name, string label, string value) =>
        _samples.Where(s => s.Name == name && s.Labels.GetValueOrDefault(label) == value);

    [GeneratedRegex(@"^# TYPE (\S+) (\S+)$")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSuffix();
}
