using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// The formulas one beam member F and one candidate primitive P yield under one connector
/// (ALGORITHM §6.3), less those the redundancy and scene rules of §6.4 skip (all but the
/// seen-key rule, which needs the search's memory). The thorough mode also splits an AND or AND NOT
/// member under OR (§6.7).
/// </summary>
public static class Combinations
{
    public static IReadOnlyList<Formula> Of(Formula beamMember, Formula candidate, Connector connector, bool candidateIsScene, SearchMode mode = SearchMode.Original)
    {
        if (IsRedundant(beamMember, candidate, connector)) return [];
        var news = Generate(beamMember, candidate, connector, mode, out bool isPairCase);
        if (!candidateIsScene) return news;
        if (connector == Connector.Close && isPairCase)
            return [news[2]]; // "scene CLOSE TO F" is the only reading that makes sense for a scene
        if (connector is Connector.Close or Connector.With && news.Count == 1)
            return []; // "A WITH scene" and "… & scene" equal "A AND scene"
        return news;
    }

    private static List<Formula> Generate(Formula f, Formula p, Connector op, SearchMode mode, out bool isPairCase)
    {
        isPairCase = false;
        bool splits = op is Connector.Or or Connector.AndNot;
        switch (f)
        {
            case AndFormula conjunction when op == Connector.Or && mode == SearchMode.Thorough:
                // (A AND C) with P: also (A OR P) AND C and A AND (C OR P); without these, (A OR B) AND C is
                // reachable only through a beam that holds A OR B. (AND NOT needs no split: (A AND NOT P) AND C
                // is (A AND C) AND NOT P.)
                return [Formula.Combine(op, f, p), .. conjunction.Operands.Select((operand, i) => new AndFormula(conjunction.Operands.SetItem(i, Formula.Or(operand, p))))];
            case AndNotFormula difference when op == Connector.Or && mode == SearchMode.Thorough:
                // (A AND NOT B) with P: also (A OR P) AND NOT B, for the same reason.
                return [Formula.Combine(op, f, p), Formula.AndNot(Formula.Or(difference.Left, p), difference.Right)];
            case WithFormula with when splits:
                return [Formula.Combine(op, f, p), Formula.With(Formula.Combine(op, with.Left, p), with.Right), Formula.With(with.Left, Formula.Combine(op, with.Right, p))];
            case CloseFormula close when splits:
                return [Formula.Combine(op, f, p), Formula.Close(Formula.Combine(op, close.Left, p), close.Right), Formula.Close(close.Left, Formula.Combine(op, close.Right, p))];
            case CloseToFormula closeTo when splits && closeTo.Right.Length == 1:
                return [Formula.Combine(op, f, p), new CloseToFormula(Formula.Combine(op, closeTo.Left, p), closeTo.Right), new CloseToFormula(closeTo.Left, [Formula.Combine(op, closeTo.Right[0], p)])];
            case CloseToFormula when splits:
                return [Formula.Combine(op, f, p)];
            case CloseToFormula closeTo when op == Connector.Close:
                return closeTo.Right.All(r => r is LeafFormula) ? [closeTo.Append(p)] : [];
            case CloseFormula when op == Connector.Close:
                return [];
            default:
                if (op != Connector.Close) return [Formula.Combine(op, f, p)];
                isPairCase = true;
                return [Formula.Close(f, p), Formula.CloseTo(f, p), Formula.CloseTo(p, f)];
        }
    }

    /// <summary>§6.4 rules 2 and 3: repeating a label that is already a direct operand.</summary>
    internal static bool IsRedundant(Formula f, Formula p, Connector op)
    {
        int label = FormulaParts.Label(p);
        if (f is LeafFormula leaf) return leaf.Label == label;
        if ((f is OrFormula && op == Connector.Or) || (f is AndFormula && op == Connector.And))
            return ((NaryFormula)f).Operands.Any(o => o is LeafFormula child && child.Label == label);
        return false;
    }
}
