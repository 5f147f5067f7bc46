using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Compute.Conformance;

/// <summary>Runs one pass through two backends and lists every formula whose counts differ.</summary>
public static class CountConformance
{
    public static IReadOnlyList<string> Differences(ICountBackend reference, ICountBackend subject, LabelMaskBank bank, NeuronMask neuron, ConformancePass pass, int prefixImages)
    {
        var expected = Count(reference, bank, neuron, pass, prefixImages);
        var actual = Count(subject, bank, neuron, pass, prefixImages);
        var differences = new List<string>();
        for (int i = 0; i < expected.Length; i++)
            if (expected[i] != actual[i])
                differences.Add($"{pass.Formulas[i].Print(bank.Labels)}: {reference.Name} {expected[i]}, {subject.Name} {actual[i]}");
        return differences;
    }

    public static FormulaCounts[] Count(ICountBackend backend, LabelMaskBank bank, NeuronMask neuron, ConformancePass pass, int prefixImages) =>
        Count(backend, bank, neuron, pass.Beam, pass.Candidates, pass.Formulas, prefixImages);

    public static FormulaCounts[] Count(ICountBackend backend, LabelMaskBank bank, NeuronMask neuron,
        IReadOnlyList<Formula> beam, IReadOnlyList<Formula> candidates, IReadOnlyList<Formula> formulas, int prefixImages)
    {
        using var session = backend.Open(bank, neuron);
        session.BeginPass(beam, candidates);
        var counts = new FormulaCounts[formulas.Count];
        session.Count(formulas, prefixImages, counts);
        return counts;
    }
}
