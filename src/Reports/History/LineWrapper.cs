using System.Text;

namespace NeuronOrleans.Reports.History;

/// <summary>
/// Joins items with ", " and wraps the result at a width. A line breaks only between items:
/// it ends with the comma and the next line starts with the next item, so joining the lines
/// with a single space gives back the one-line text. Every line, its trailing comma included,
/// fits the width, except that an item too long to fit gets a line of its own and is never
/// split, because a split formula could no longer be parsed back.
/// </summary>
public static class LineWrapper
{
    public const int Width = 120;

    public static IReadOnlyList<string> Wrap(IReadOnlyList<string> items, int width = Width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            // A line that is not the last one also carries the comma before the break.
            int comma = i == items.Count - 1 ? 0 : 1;
            if (line.Length > 0 && line.Length + 2 + items[i].Length + comma > width)
            {
                lines.Add(line.Append(',').ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(", ");
            line.Append(items[i]);
        }
        lines.Add(line.ToString());
        return lines;
    }
}
