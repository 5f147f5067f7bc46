using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Tests.Naive;

/// <summary>
/// A compute backend that evaluates every formula from scratch on bool grids with
/// <see cref="NaiveGrid"/>: the oracle for searches run with the packed backend.
/// </summary>
internal sealed class NaiveCountBackend : ICountBackend
{
    public string Name => "naive";

    public ICountSession Open(LabelMaskBank bank, NeuronMask neuron) => new Session(bank, neuron);

    private sealed class Session(LabelMaskBank bank, NeuronMask neuron) : ICountSession
    {
        private readonly bool[][] _neuron = NaiveGrid.Unpack(neuron.Bits, neuron.Grid);
        private readonly GridShape _grid = bank.Grid;

        public void BeginPass(IReadOnlyList<Formula> beam, IReadOnlyList<Formula> candidates)
        {
        }

        public void Count(IReadOnlyList<Formula> formulas, int prefixImages, Span<FormulaCounts> results, Func<Formula, OverlapCounts, bool>? dropsAfterPrefix = null)
        {
            for (int i = 0; i < formulas.Count; i++)
            {
                var mask = Evaluate(formulas[i]);
                results[i] = new FormulaCounts(Counts(mask, 0, Math.Min(prefixImages, mask.Length)), Counts(mask, 0, mask.Length));
            }
        }

        public void Dispose()
        {
        }

        private bool[][] Evaluate(Formula formula) => formula switch
        {
            LeafFormula or ExpandFormula => NaiveGrid.Unpack(bank.Primitive(formula), _grid),
            OrFormula or => or.Operands.Select(Evaluate).Aggregate((a, b) => NaiveGrid.Map(a, b, (x, y) => x || y)),
            AndFormula and => and.Operands.Select(Evaluate).Aggregate((a, b) => NaiveGrid.Map(a, b, (x, y) => x && y)),
            AndNotFormula andNot => NaiveGrid.Map(Evaluate(andNot.Left), Evaluate(andNot.Right), (x, y) => x && !y),
            WithFormula with => NaiveGrid.With(Evaluate(with.Left), Evaluate(with.Right)),
            CloseFormula close => NaiveGrid.Close(Evaluate(close.Left), Evaluate(close.Right), _grid),
            CloseToFormula closeTo => NaiveGrid.CloseTo(Evaluate(closeTo.Left), [.. closeTo.Right.Select(Evaluate)], _grid),
            _ => throw new ArgumentException(formula.ToString()),
        };

        private OverlapCounts Counts(bool[][] formula, int start, int end)
        {
            long intersection = 0, cells = 0, products = 0;
            for (int i = start; i < end; i++)
            {
                int n = _neuron[i].Count(x => x), l = formula[i].Count(x => x);
                intersection += _neuron[i].Where((x, c) => x && formula[i][c]).Count();
                cells += l;
                products += (long)n * l;
            }
            return new OverlapCounts(intersection, cells, products);
        }
    }
}
