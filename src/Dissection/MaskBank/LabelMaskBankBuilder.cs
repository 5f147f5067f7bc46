using System.Collections.Concurrent;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// Builds the label mask bank of a Broden dataset (ALGORITHM §2.1–2.2): every image's label maps
/// decoded and downsampled in parallel, image-level labels set on all cells, then EXPAND per label.
/// A bad label map fails the build with one message naming the first one and how many images are affected.
/// </summary>
public static class LabelMaskBankBuilder
{
    /// <summary>Images between two progress reports.</summary>
    public const int ProgressStep = 256;

    /// <param name="maxDegreeOfParallelism">Worker threads; 0 or less means one per processor.</param>
    public static LabelMaskBank Build(
        BrodenDataset dataset,
        MaskBankSettings settings,
        IProgress<MaskBankProgress>? progress = null,
        int maxDegreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        settings.Validate();
        var labels = dataset.Labels;
        int slots = labels.MaxNumber + 1, imageCount = dataset.Images.Count, words = settings.Grid.WordsPerImage;
        var plain = new ulong[]?[slots];
        var decoder = new LabelMapDecoder(labels);
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
            // The caller's scheduler: a silo builds banks on its compute threads, not the thread pool.
            TaskScheduler = TaskScheduler.Current,
        };

        int done = 0;
        var faults = new ConcurrentDictionary<int, string>();
        Parallel.For(0, imageCount, options, () => new ImageWorker(dataset, decoder, settings, slots), (index, _, worker) =>
        {
            ImageCells cells;
            try
            {
                cells = worker.Cells(dataset.Images[index]);
            }
            catch (BrodenFormatException fault)
            {
                // Go on, to say how many images are affected rather than only the first.
                faults[index] = fault.Message;
                return worker;
            }
            foreach (int label in cells.Labels)
                cells.Words(label).CopyTo(MaskFor(plain, label, imageCount * words).AsSpan(index * words, words));
            int finished = Interlocked.Increment(ref done);
            if (finished % ProgressStep == 0 || finished == imageCount) progress?.Report(new MaskBankProgress(finished, imageCount));
            return worker;
        }, _ => { });
        if (!faults.IsEmpty)
        {
            var first = faults.MinBy(fault => fault.Key);
            throw new BrodenFormatException(faults.Count == 1 ? first.Value : $"{first.Value} ({faults.Count} of {imageCount} images are affected.)");
        }

        return new LabelMaskBank(labels, settings.Grid, imageCount, plain, Expansions(dataset, settings, plain, options));
    }

    private static ulong[]?[] Expansions(BrodenDataset dataset, MaskBankSettings settings, ulong[]?[] plain, ParallelOptions options)
    {
        var expanded = new ulong[]?[plain.Length];
        if (!settings.Expansions) return expanded;
        Parallel.For(0, plain.Length, options, label =>
        {
            if (plain[label] is not { } mask || dataset.Labels[label].IsScene) return;
            var result = new ulong[mask.Length];
            MaskOps.Expand(mask, result, settings.Grid, settings.ExpansionThreshold);
            expanded[label] = result;
        });
        return expanded;
    }

    /// <summary>The label's dataset mask, allocated by the first image that has the label.</summary>
    private static ulong[] MaskFor(ulong[]?[] masks, int label, int wordCount) =>
        Volatile.Read(ref masks[label])
        ?? Interlocked.CompareExchange(ref masks[label], new ulong[wordCount], null)
        ?? masks[label]!;
}
