using System.Text;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.History;

/// <summary>
/// <c>history_{L}_{U}.txt</c> in the original program's layout (ALGORITHM §7), so that the two
/// programs read each other's histories: per neuron a <c> ||||||| n |||||||</c> marker, the
/// candidate set, then the beam at each formula length, each block framed by dash lines as long
/// as its header; between two beams the <c>worst score=</c> line (the lowest penalised score of
/// the beam, as Python prints a float). Beam items are <c>formula, s=…/th=…</c> (penalised score,
/// 4 decimals; threshold, 1 decimal). Failed and pending neurons have no history and are left out.
/// </summary>
/// <remarks>
/// The original also logs a sample of the formulas it skips as redundant (<c>N#…: formula …
/// redundant due to …</c>); which ones it samples is not reproducible, and its readers skip them,
/// so they are not written.
/// </remarks>
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
            if (neuron.Result is not { } result || neuron.Status == ExplanationStatus.Failed) continue;
            int unit = neuron.Neuron;
            text.Append($"\n\n ||||||| {unit} |||||||\n\n");
            AppendBlock(text, $"Neuron #{unit} has candidate set:",
                LineWrapper.Wrap([.. result.Candidates.Select(c => c.Formula.Print(context.Labels))], LineWrapper.CandidateWidth));
            text.Append('\n');
            string threshold = FixedPoint.Format(neuron.Threshold, 1);
            for (int pass = 0; pass < result.BeamHistory.Count; pass++)
            {
                var beam = result.BeamHistory[pass];
                if (pass > 0) text.Append($"\nNeuron #{unit}: worst score={PythonFloat.Repr(result.BeamHistory[pass - 1].Min(m => m.Score))}\n");
                text.Append("\n\n");
                AppendBlock(text, $"For neuron {unit} at formula length {pass + 1}, the beam is",
                    LineWrapper.Wrap([.. beam.Select(m => BeamItem(m, threshold, context))], LineWrapper.BeamWidth));
            }
        }
        return text.ToString();
    }

    private static string BeamItem(ScoredFormula member, string threshold, ReportContext context) =>
        $"{member.Formula.Print(context.Labels)}, s={FixedPoint.Format(member.Score, 4)}/th={threshold}";

    private static void AppendBlock(StringBuilder text, string header, IReadOnlyList<string> lines)
    {
        string dashes = new('-', header.Length);
        text.Append(header).Append('\n').Append(dashes).Append('\n');
        foreach (var line in lines) text.Append(line).Append('\n');
        text.Append(dashes).Append('\n');
    }
}
