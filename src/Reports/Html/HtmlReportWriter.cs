using System.Collections.Concurrent;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.Html;

/// <summary>
/// <c>{L}_{U}.html</c> and <c>images_{L}_{U}/</c> (ALGORITHM §7): one self-contained page
/// (inline CSS and script, no network) with relative links to the rendered images.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>
    /// Renders every card's images, then writes the page into <paramref name="folder"/> and returns
    /// its path. The title defaults to the neuron range; callers typically pass the output folder name.
    /// </summary>
    public static string Write(string folder, IReadOnlyCollection<NeuronReport> neurons, ReportContext context, string? title = null)
    {
        string suffix = ReportNames.Suffix(neurons);
        var ordered = neurons.OrderBy(n => n.Neuron).ToList();
        var scores = ordered.Where(n => n.Explained is not null)
            .ToDictionary(n => n.Neuron, n => ExplanationScores.Of(n.Explained!, context));

        var imageWriter = new CardImageWriter(context, Directory.CreateDirectory(Path.Combine(folder, ReportNames.ImagesFolder(suffix))).FullName);
        var samples = new ConcurrentDictionary<int, IReadOnlyList<CardSample>>();
        // Cards are independent and each file's bytes depend only on its neuron, so parallel
        // rendering keeps the output deterministic.
        // On the caller's scheduler: a silo renders reports on its compute threads, not the thread pool.
        Parallel.ForEach(ordered, new ParallelOptions { TaskScheduler = TaskScheduler.Current }, neuron => samples[neuron.Neuron] = imageWriter.Write(neuron));

        string page = ReportPage.Render(ordered, scores, samples, context, title ?? $"Neuron explanations {suffix.Replace('_', '–')}");
        string path = Path.Combine(folder, ReportNames.Html(suffix));
        AtomicFile.WriteText(path, page);
        return path;
    }
}
