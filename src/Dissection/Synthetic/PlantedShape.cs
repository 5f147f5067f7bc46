using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>A kind of planted formula and one shape of it, built from up to three labels.</summary>
public sealed record PlantedShape(string Kind, int Length, Func<Formula, Formula, Formula, Formula> Build)
{
    /// <summary>
    /// Every kind of the close operator set, lengths 1 to 3, in the order units take them. AND takes an
    /// EXPAND operand: generated labels nest (parts in objects, one colour per object), so an AND of
    /// plain labels is almost always one of them.
    /// </summary>
    public static readonly IReadOnlyList<PlantedShape> All =
    [
        new("single", 1, (a, _, _) => a),
        new("single", 1, (a, _, _) => Expand(a)),
        new("or", 2, (a, b, _) => Formula.Or(a, b)),
        new("and", 2, (a, b, _) => Formula.And(a, Expand(b))),
        new("and not", 2, (a, b, _) => Formula.AndNot(a, b)),
        new("with", 2, (a, b, _) => Formula.With(a, b)),
        new("close", 2, (a, b, _) => Formula.Close(a, b)),
        new("close to", 2, (a, b, _) => Formula.CloseTo(a, b)),
        new("or", 3, (a, b, c) => Formula.Or(Formula.Or(a, b), c)),
        new("and", 3, (a, b, c) => Formula.And(Formula.Or(a, b), Expand(c))),
        new("and not", 3, (a, b, c) => Formula.AndNot(Formula.Or(a, b), c)),
        new("with", 3, (a, b, c) => Formula.With(Formula.Or(a, b), c)),
        new("close", 3, (a, b, c) => Formula.Close(Formula.Or(a, b), c)),
        new("close to", 3, (a, b, c) => new CloseToFormula(a, [Formula.Or(b, c)])),
    ];

    private static Formula Expand(Formula label) => new ExpandFormula(((LeafFormula)label).Label);
}
