using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Tests.Naive;

internal static class SessionCounts
{
    /// <summary>One formula's counts over all images.</summary>
    public static OverlapCounts Count(this ICountSession session, Formula formula)
    {
        var counts = new FormulaCounts[1];
        session.Count([formula], 0, counts);
        return counts[0].Total;
    }
}
