using System.Globalization;
using System.Text.RegularExpressions;

namespace NeuronOrleans.Fidelity.Tests;

/// <summary>
/// Reads the original program's history file: per neuron the candidate set and the beam at each
/// formula length (formula and 4-decimal score as printed), and the worst-score lines. Its sampled
/// "redundant" log lines are skipped.
/// </summary>
public static partial class OriginalHistory
{
    public sealed record Neuron(int Unit, IReadOnlyList<string> Candidates, IReadOnlyList<IReadOnlyList<(string Formula, string Score)>> Beams, IReadOnlyList<string> WorstScores, string Text);

    public static IReadOnlyDictionary<int, Neuron> Read(string path) => Parse(System.IO.File.ReadAllText(path));

    /// <summary>The history text without the original's sampled "N#…: formula … redundant" lines.</summary>
    public static string WithoutRedundancyLog(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("N#", StringComparison.Ordinal)));

    public static IReadOnlyDictionary<int, Neuron> Parse(string text)
    {
        var parts = Marker().Split(WithoutRedundancyLog(text));
        var neurons = new Dictionary<int, Neuron>();
        for (int i = 1; i + 1 < parts.Length; i += 2)
        {
            int unit = int.Parse(parts[i], CultureInfo.InvariantCulture);
            string chunk = parts[i + 1];
            var candidates = Items(Block().Matches(chunk)[0].Groups["items"].Value);
            var beams = Block().Matches(chunk).Skip(1)
                .Select(block => (IReadOnlyList<(string, string)>)[.. BeamItem().Matches(Joined(block.Groups["items"].Value)).Select(m => (m.Groups["formula"].Value, m.Groups["score"].Value))])
                .ToList();
            var worst = WorstScore().Matches(chunk).Select(m => m.Groups["score"].Value).ToList();
            neurons[unit] = new Neuron(unit, candidates, beams, worst, chunk);
        }
        return neurons;
    }

    private static string Joined(string lines) => lines.Replace("\n", "", StringComparison.Ordinal);

    private static List<string> Items(string lines) =>
        [.. Joined(lines).Split(", ", StringSplitOptions.RemoveEmptyEntries)];

    [GeneratedRegex(@"\n\n \|{7} (\d+) \|{7}\n\n")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?:candidate set:|the beam is)\n-+\n(?<items>(?:.*\n)*?)-+\n")]
    private static partial Regex Block();

    [GeneratedRegex(@"(?<formula>.+?), s=(?<score>-?[0-9.]+)/th=-?[0-9.]+, ")]
    private static partial Regex BeamItem();

    [GeneratedRegex(@"worst score=(?<score>\S+)")]
    private static partial Regex WorstScore();
}
