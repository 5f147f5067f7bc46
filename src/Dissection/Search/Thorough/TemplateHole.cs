using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>The node that stands for the primitive in a combination template.</summary>
internal static class TemplateHole
{
    /// <summary>No label has number -1, so no redundancy rule of ALGORITHM §6.4 fires on it.</summary>
    public static readonly LeafFormula Node = new(-1);

    /// <summary>The template with a primitive in the hole: the formula the search would have built.</summary>
    public static Formula Fill(Formula template, Formula primitive) => FormulaParts.Substitute(template, Node, primitive);

    /// <summary>
    /// Whether the template's mask grows with the primitive's: every connector is monotone in its
    /// operands except AND NOT in its right one, and the hole occurs once.
    /// </summary>
    public static bool GrowsWithHole(Formula template) => Polarity(template, grows: true) ?? throw new ArgumentException($"'{template}' has no hole.", nameof(template));

    private static bool? Polarity(Formula formula, bool grows)
    {
        if (ReferenceEquals(formula, Node)) return grows;
        if (formula is AndNotFormula andNot) return Polarity(andNot.Left, grows) ?? Polarity(andNot.Right, !grows);
        return FormulaParts.Operands(formula).Select(operand => Polarity(operand, grows)).FirstOrDefault(found => found is not null);
    }
}
