using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// The early abort of CLOSE formulas (ALGORITHM §6.5): a formula whose top node is CLOSE or
/// CLOSE TO is abandoned when its unpenalised score on the first images, against the neuron on
/// those images, is below the pass's cutoff. Active only with abort on, in the original mode outside easy mode, and
/// when the dataset has more images than the prefix.
/// </summary>
public sealed class EarlyAbort
{
    private readonly SearchSettings _settings;
    private readonly NeuronTotals _prefixNeuron;
    private readonly int _cellsPerImage;

    private EarlyAbort(SearchSettings settings, NeuronMask neuron)
    {
        _settings = settings;
        _prefixNeuron = neuron.Totals(settings.CutoffImages);
        _cellsPerImage = neuron.Grid.Cells;
    }

    /// <summary>The abort for this neuron, or null when it does not apply.</summary>
    public static EarlyAbort? For(SearchSettings settings, NeuronMask neuron) =>
        settings.Abort && !settings.EasyMode && settings.Mode == SearchMode.Original && neuron.ImageCount > settings.CutoffImages ? new EarlyAbort(settings, neuron) : null;

    /// <summary>The pass's cutoff: a fraction of the lowest penalised score in the beam.</summary>
    public double Cutoff(IReadOnlyList<ScoredFormula> beam) => _settings.CutoffFactor * beam.Min(m => m.Score);

    public bool Abandons(Formula formula, OverlapCounts prefix, double cutoff) =>
        formula is CloseFormula or CloseToFormula
        && Scores.Compute(_settings.Score, _prefixNeuron, prefix, _settings.ImrouMultiplier, _cellsPerImage) < cutoff;
}
