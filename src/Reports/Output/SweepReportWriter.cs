using NeuronOrleans.Reports.Csv;
using NeuronOrleans.Reports.History;
using NeuronOrleans.Reports.Html;
using NeuronOrleans.Reports.Model;

namespace NeuronOrleans.Reports.Output;

/// <summary>The paths of one report's files; no HTML when it was not asked for.</summary>
public sealed record ReportFiles(string ResultsCsv, string History, string? Html);

/// <summary>Everything a researcher reads after a sweep (ALGORITHM §7), written into one output folder.</summary>
public static class SweepReportWriter
{
    /// <summary>Writes the CSV, the history and (when the context's report options ask for it) the HTML report with its images, each file atomically.</summary>
    public static ReportFiles Write(string folder, IReadOnlyCollection<NeuronReport> neurons, ReportContext context, string? title = null) =>
        new(ResultsCsvWriter.Write(folder, neurons, context),
            HistoryWriter.Write(folder, neurons, context),
            context.Report.Html ? HtmlReportWriter.Write(folder, neurons, context, title) : null);
}
