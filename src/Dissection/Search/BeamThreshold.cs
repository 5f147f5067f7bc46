using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// The score a new formula must reach to enter a beam of <c>size</c> formulas with distinct keys
/// ignoring expansion (ALGORITHM §6.2): the lowest score of the best formula per key among the
/// <c>size</c> best keys offered so far. It only rises as formulas are offered, so a formula
/// scoring below it at any time stays out of the final beam.
/// </summary>
internal sealed class BeamThreshold(int size)
{
    private readonly Dictionary<string, double> _bestPerKey = new(StringComparer.Ordinal);

    public double Value { get; private set; } = double.NegativeInfinity;

    public void Offer(ScoredFormula formula)
    {
        var key = FormulaCodec.Key(formula.Formula, ignoreExpansion: true);
        if (_bestPerKey.TryGetValue(key, out double best) && best >= formula.Score) return;
        _bestPerKey[key] = formula.Score;
        if (_bestPerKey.Count >= size)
            Value = _bestPerKey.Values.OrderDescending().ElementAt(size - 1);
    }
}
