using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>The node that stands for the primitive in a combination template.</summary>
internal static class TemplateHole
{
    /// <summary>No label has number -1, so no redundancy rule of ALGORITHM §6.4 fires on it.</summary>
    public static readonly LeafFormula Node = new(-1);

    /// <summary>The template with a primitive in the hole: the formula the search would have built.</summary>
    public static Formula Fill(Formula template, Formula primitive) => FormulaParts.Substitute(template, Node, primitive);
}
