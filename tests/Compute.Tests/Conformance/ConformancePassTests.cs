using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Compute.Tests.Conformance;

/// <summary>The synthetic pass holds every shape the combination rules (ALGORITHM §6.3) produce, so equality on it covers them all.</summary>
public class ConformancePassTests
{
    private static readonly IReadOnlyList<Formula> Formulas =
        ConformancePass.Create(ConformanceBank.Create(seed: 3, images: 200, labels: 24), seed: 4).Formulas;

    public static TheoryData<string> Shapes => [.. ShapeTests.Keys];

    private static readonly Dictionary<string, Func<Formula, bool>> ShapeTests = new()
    {
        ["OR of three"] = f => f is OrFormula { Operands.Length: >= 3 },
        ["AND of three"] = f => f is AndFormula { Operands.Length: >= 3 },
        ["AND NOT of an OR (merged AND NOTs)"] = f => f is AndNotFormula { Right: OrFormula },
        ["0: op(F, P) on WITH"] = f => f is OrFormula { Operands: [WithFormula, ..] } or AndNotFormula { Left: WithFormula },
        ["1a: WITH split left"] = f => f is WithFormula { Left: OrFormula or AndNotFormula },
        ["1a: WITH split right"] = f => f is WithFormula { Right: OrFormula or AndNotFormula },
        ["1a: CLOSE split left"] = f => f is CloseFormula { Left: OrFormula or AndNotFormula, Right: LeafFormula or ExpandFormula },
        ["1a: CLOSE split right"] = f => f is CloseFormula { Left: LeafFormula or ExpandFormula, Right: OrFormula or AndNotFormula },
        ["1b: CLOSE TO split left"] = f => f is CloseToFormula { Left: OrFormula or AndNotFormula, Right.Length: 1 },
        ["1b: CLOSE TO split right"] = f => f is CloseToFormula { Right: [OrFormula or AndNotFormula] },
        ["1c: op on CLOSE TO with two right operands"] = f => f is OrFormula { Operands: [CloseToFormula { Right.Length: 2 }, ..] } or AndNotFormula { Left: CloseToFormula { Right.Length: 2 } },
        ["2: CLOSE TO with an appended operand"] = f => f is CloseToFormula { Right.Length: 2 },
        ["4: CLOSE of composites"] = f => f is CloseFormula { Left: BinaryFormula or NaryFormula or CloseToFormula },
        ["4: CLOSE TO with a composite right operand"] = f => f is CloseToFormula { Right: [BinaryFormula or NaryFormula or CloseToFormula] },
        ["WITH of a CLOSE TO"] = f => f is WithFormula { Left: CloseToFormula },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_pass_contains_the_shape(string shape) => Assert.Contains(Formulas, f => ShapeTests[shape](f));
}
