using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>
/// Evaluates batches of formulas against one neuron and returns integer counts; the search
/// ranks them. Every backend must return exactly the counts of <see cref="CpuCountBackend"/>.
/// </summary>
public interface ICountBackend
{
    /// <summary>Short name for logs and metrics ("cpu", "gpu").</summary>
    string Name { get; }

    ICountSession Open(LabelMaskBank bank, NeuronMask neuron);
}

/// <summary>One neuron's evaluation state (cached masks of the beam and candidates).</summary>
public interface ICountSession : IDisposable
{
    /// <summary>
    /// Announces the formulas the next batch is built from, so their masks (and those of their
    /// operands) can be kept ready.
    /// </summary>
    void BeginPass(IReadOnlyList<Formulas.Formula> beam, IReadOnlyList<Formulas.Formula> candidates);

    /// <summary>Counts every formula on images [0, prefixImages) and on all images.</summary>
    /// <param name="dropsAfterPrefix">
    /// The caller's own verdict on a formula from its prefix counts: for a formula it drops, the
    /// backend may stop after the prefix, and that formula's total is then only its prefix counts.
    /// </param>
    void Count(IReadOnlyList<Formulas.Formula> formulas, int prefixImages, Span<FormulaCounts> results,
        Func<Formulas.Formula, OverlapCounts, bool>? dropsAfterPrefix = null);

    /// <summary>Counts the bank's primitives, listed in <see cref="LabelMaskBank.Primitives"/> order, on all images (none on a prefix).</summary>
    void CountPrimitives(IReadOnlyList<Formulas.Formula> primitives, Span<FormulaCounts> results) => Count(primitives, 0, results);
}
