using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// The score a new formula must reach to enter a beam of <c>size</c> formulas with distinct keys
/// ignoring expansion (ALGORITHM §6.2): the lowest of the <c>size</c> best scores per key offered so
/// far. It only rises as formulas are offered, so a formula scoring below it at any time stays out
/// of the final beam.
/// </summary>
internal sealed class BeamThreshold(int size)
{
    // The best keys so far with their best scores, best first.
    private readonly List<(string Key, double Score)> _best = [];

    public double Value => _best.Count < size ? double.NegativeInfinity : _best[^1].Score;

    public void Offer(ScoredFormula formula)
    {
        if (formula.Score < Value) return;
        var key = FormulaCodec.Key(formula.Formula, ignoreExpansion: true);
        int existing = _best.FindIndex(entry => entry.Key == key);
        if (existing >= 0)
        {
            if (_best[existing].Score >= formula.Score) return;
            _best.RemoveAt(existing);
        }
        int at = _best.FindIndex(entry => entry.Score < formula.Score);
        _best.Insert(at < 0 ? _best.Count : at, (key, formula.Score));
        if (_best.Count > size) _best.RemoveAt(size);
    }
}
