using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>
/// Counts formulas on the CPU: fused over masks at hand on single-word grids
/// (<see cref="FusedCounter"/>), else evaluating it through a <see cref="MaskEvaluator"/>.
/// </summary>
internal sealed class CpuCountSession(LabelMaskBank bank, NeuronMask neuron) : ICountSession
{
    private readonly MaskEvaluator _evaluator = new(bank);
    private readonly FusedCounter _fused = new(neuron);

    public void BeginPass(IReadOnlyList<Formula> beam, IReadOnlyList<Formula> candidates)
    {
        _fused.Forget();
        _evaluator.Pin(beam, candidates);
    }

    public void Count(IReadOnlyList<Formula> formulas, int prefixImages, Span<FormulaCounts> results, Func<Formula, OverlapCounts, bool>? dropsAfterPrefix = null)
    {
        int prefix = Math.Min(prefixImages, neuron.ImageCount);
        for (int i = 0; i < formulas.Count; i++)
        {
            if (_fused.TryCount(formulas[i], _evaluator, prefix, dropsAfterPrefix, out results[i])) continue;
            using var mask = _evaluator.Evaluate(formulas[i]);
            var head = OverlapCounter.Count(neuron, mask.Span, 0, prefix);
            var tail = OverlapCounter.Count(neuron, mask.Span, prefix, neuron.ImageCount);
            results[i] = new FormulaCounts(head, head + tail);
        }
    }

    public void CountPrimitives(IReadOnlyList<Formula> primitives, Span<FormulaCounts> results)
    {
        if (!neuron.Grid.IsSingleWord)
        {
            Count(primitives, 0, results);
            return;
        }
        PrimitivesByImage.For(bank, primitives).Count(neuron, results);
    }

    public void Dispose() => _evaluator.Dispose();
}
