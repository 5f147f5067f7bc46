using System.Collections.Immutable;

namespace NeuronOrleans.Dissection.Formulas;

/// <summary>
/// A logical formula over label masks (ALGORITHM §4). Nodes are immutable; build composites
/// through the static factories, which apply the normalisations that shape printed strings.
/// </summary>
public abstract class Formula
{
    // FormulaCodec.Key's canonical keys, made once per node (nodes are immutable).
    private string? _key, _keyIgnoringExpansion;

    /// <summary>Number of label leaves (Expand counts as one).</summary>
    public abstract int Length { get; }

    public static Formula Or(Formula left, Formula right) =>
        left is OrFormula or ? new OrFormula(or.Operands.Add(right)) : new OrFormula([left, right]);

    public static Formula And(Formula left, Formula right) =>
        left is AndFormula and ? new AndFormula(and.Operands.Add(right)) : new AndFormula([left, right]);

    /// <summary><c>AndNot(AndNot(A, B), C)</c> becomes <c>AndNot(A, Or(B, C))</c>: never nested AND NOTs.</summary>
    public static Formula AndNot(Formula left, Formula right) =>
        left is AndNotFormula inner ? new AndNotFormula(inner.Left, Or(inner.Right, right)) : new AndNotFormula(left, right);

    public static Formula With(Formula left, Formula right) => new WithFormula(left, right);

    public static Formula Close(Formula left, Formula right) => new CloseFormula(left, right);

    public static Formula CloseTo(Formula left, Formula right) => new CloseToFormula(left, [right]);

    /// <summary>Applies a binary connector the way the beam search does.</summary>
    public static Formula Combine(Connector connector, Formula left, Formula right) => connector switch
    {
        Connector.Or => Or(left, right),
        Connector.And => And(left, right),
        Connector.AndNot => AndNot(left, right),
        Connector.With => With(left, right),
        Connector.Close => Close(left, right),
        Connector.CloseTo => CloseTo(left, right),
        _ => throw new ArgumentOutOfRangeException(nameof(connector), connector, null),
    };

    public override string ToString() => FormulaCodec.Encode(this);

    protected static int LengthOf(ImmutableArray<Formula> formulas)
    {
        int length = 0;
        foreach (var formula in formulas) length += formula.Length;
        return length;
    }

    internal ref string? CachedKey(bool ignoreExpansion) => ref ignoreExpansion ? ref _keyIgnoringExpansion : ref _key;
}

/// <summary>A plain label.</summary>
public sealed class LeafFormula(int label) : Formula
{
    public int Label { get; } = label;
    public override int Length => 1;
}

/// <summary>EXPAND of a label (printed with the suffix <c>-X</c>).</summary>
public sealed class ExpandFormula(int label) : Formula
{
    public int Label { get; } = label;
    public override int Length => 1;
}

/// <summary>A connector with two or more operands of the same kind (OR, AND).</summary>
public abstract class NaryFormula(ImmutableArray<Formula> operands) : Formula
{
    public ImmutableArray<Formula> Operands { get; } = operands.Length >= 2
        ? operands
        : throw new ArgumentException("OR and AND need at least two operands.", nameof(operands));

    // Kept: the search asks every new formula's length, and summing anew allocated an enumerator each time.
    public override int Length { get; } = LengthOf(operands);
}

public sealed class OrFormula(ImmutableArray<Formula> operands) : NaryFormula(operands);

public sealed class AndFormula(ImmutableArray<Formula> operands) : NaryFormula(operands);

/// <summary>A connector with exactly a left and a right operand.</summary>
public abstract class BinaryFormula(Formula left, Formula right) : Formula
{
    public Formula Left { get; } = left;
    public Formula Right { get; } = right;
    public override int Length => Left.Length + Right.Length;
}

public sealed class AndNotFormula(Formula left, Formula right) : BinaryFormula(left, right);

public sealed class WithFormula(Formula left, Formula right) : BinaryFormula(left, right);

public sealed class CloseFormula(Formula left, Formula right) : BinaryFormula(left, right);

/// <summary><c>(a CLOSE TO b1 &amp; b2 …)</c>: cells of a near every right operand.</summary>
public sealed class CloseToFormula : Formula
{
    public CloseToFormula(Formula left, ImmutableArray<Formula> right)
    {
        if (right.IsDefaultOrEmpty) throw new ArgumentException("CLOSE TO needs at least one right operand.", nameof(right));
        Left = left;
        Right = right;
    }

    public Formula Left { get; }
    public ImmutableArray<Formula> Right { get; }
    public override int Length => Left.Length + LengthOf(Right);

    /// <summary><c>A CLOSE TO B</c> with P appended gives <c>A CLOSE TO B &amp; P</c>.</summary>
    public CloseToFormula Append(Formula operand) => new(Left, Right.Add(operand));
}
