using System.Text;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.History;

/// <summary>
/// <c>history_{L}_{U}.txt</c> in the original's text form (ALGORITHM §7): per neuron the
/// candidate set, then the beam at each formula length, every block framed by dash lines as
/// long as its header and followed by an empty line. Beam items are <c>formula, s=…/th=…</c>
/// (penalised score, 4 decimals; neuron threshold, 1 decimal); a wrapped line never separates
/// a formula from its score. Failed and pending neurons have no history and are left out.
/// </summary>
public static class HistoryWriter
{
    /// <summary>Writes the file into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, IReadOnlyCollection<NeuronReport> neurons, ReportContext context)
    {
        string path = Path.Combine(folder, ReportNames.History(ReportNames.Suffix(neurons)));
        AtomicFile.WriteText(path, Format(neurons, context));
        return path;
    }

    public static string Format(IEnumerable<NeuronReport> neurons, ReportContext context)
    {
        var text = new StringBuilder();
        foreach (var neuron in neurons.OrderBy(n => n.Neuron))
        {
            if (neuron.Result is not { } result || neuron.Status == NeuronStatus.Failed) continue;
            AppendBlock(text, $"Neuron #{neuron.Neuron} has candidate set:",
                [.. result.Candidates.Select(c => c.Formula.Print(context.Labels))]);
            string threshold = FixedPoint.Format(neuron.Threshold, 1);
            for (int pass = 0; pass < result.BeamHistory.Count; pass++)
                AppendBlock(text, $"For neuron {neuron.Neuron} at formula length {pass + 1}, the beam is",
                    [.. result.BeamHistory[pass].Select(m => BeamItem(m, threshold, context))]);
        }
        return text.ToString();
    }

    private static string BeamItem(ScoredFormula member, string threshold, ReportContext context) =>
        $"{member.Formula.Print(context.Labels)}, s={FixedPoint.Format(member.Score, 4)}/th={threshold}";

    private static void AppendBlock(StringBuilder text, string header, IReadOnlyList<string> items)
    {
        string dashes = new('-', header.Length);
        text.Append(header).Append('\n').Append(dashes).Append('\n');
        foreach (var line in LineWrapper.Wrap(items)) text.Append(line).Append('\n');
        text.Append(dashes).Append("\n\n");
    }
}
