using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>Whole-dataset masks of single formulas, for reports and for scoring a user's hypothesis.</summary>
public static class FormulaMasks
{
    public static ulong[] Evaluate(LabelMaskBank bank, Formula formula)
    {
        using var evaluator = new MaskEvaluator(bank);
        using var mask = evaluator.Evaluate(formula);
        return mask.Span.ToArray();
    }
}
