using System.Text;

namespace NeuronOrleans.Reports.History;

/// <summary>
/// The original's item lists: every item followed by ", " (the last one too), lines broken
/// between items so that a line's items with the commas between them fit the width; the
/// trailing ", " does not count. An item longer than the width gets a line of its own and is
/// never split, because a split formula could no longer be parsed back.
/// </summary>
public static class LineWrapper
{
    /// <summary>Width of the beam lists; fitted to the original's history, as is <see cref="CandidateWidth"/>.</summary>
    public const int BeamWidth = 120;

    /// <summary>The original wraps candidate sets 10 characters wider than beams.</summary>
    public const int CandidateWidth = 130;

    public static IReadOnlyList<string> Wrap(IReadOnlyList<string> items, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string item in items)
        {
            if (line.Length > 0 && line.Length + item.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(item).Append(", ");
        }
        lines.Add(line.ToString());
        return lines;
    }
}
