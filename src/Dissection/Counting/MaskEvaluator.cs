using System.Collections.Immutable;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>
/// Computes formula masks by recursion over the tree. Masks of pinned formulas (the beam and
/// all their operands) and dilations of pinned formulas and candidates are cached, so a new
/// formula <c>op(F, P)</c> costs one pass over the words; everything else is rented and
/// returned at once.
/// </summary>
internal sealed class MaskEvaluator(LabelMaskBank bank) : IDisposable
{
    // A few dozen nodes, searched by reference: hashing a formula built a moment ago costs more than the scan.
    private readonly List<(Formula Formula, HeldMask Held)> _pinned = [];
    private readonly Dictionary<Formula, ulong[]> _dilations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Formula> _candidates = new(ReferenceEqualityComparer.Instance);
    // Masks of formulas no longer pinned, reused for the next pins: each is a large-object allocation.
    private readonly Stack<ulong[]> _spare = new();

    private int Length => bank.WordCount;

    public void Pin(IReadOnlyList<Formula> beam, IReadOnlyList<Formula> candidates)
    {
        var previous = _pinned.ToDictionary(p => p.Formula, p => p.Held, (IEqualityComparer<Formula>)ReferenceEqualityComparer.Instance);
        _pinned.Clear();
        _candidates.Clear();
        _candidates.UnionWith(candidates);
        var kept = beam.SelectMany(FormulaParts.Nodes).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var (formula, held) in previous)
            if (!kept.Contains(formula)) _spare.Push(held.Mask);
        foreach (var member in beam) PinTree(member, previous);
        // Dilations are kept only for this batch's formulas: a thorough pass names hundreds of primitives.
        foreach (var stale in _dilations.Keys.Where(f => !IsPinned(f) && !_candidates.Contains(f)).ToList())
            _dilations.Remove(stale);
    }

    public MaskLease Evaluate(Formula formula)
    {
        if (TryBorrow(formula, out var held)) return MaskLease.Borrow(held.Mask);
        var result = MaskLease.Rent(Length);
        Compute(formula, result.Writable);
        return result;
    }

    /// <summary>The mask of a pinned formula or a primitive and the images it covers, without computing anything.</summary>
    public bool TryBorrow(Formula formula, out HeldMask held)
    {
        if (formula is LeafFormula or ExpandFormula)
        {
            held = new HeldMask(bank.Primitive(formula), bank.Support(formula));
            return true;
        }
        foreach (var pinned in _pinned)
            if (ReferenceEquals(pinned.Formula, formula))
            {
                held = pinned.Held;
                return true;
            }
        held = default;
        return false;
    }

    /// <summary>For <c>(a OR … OR y OR z)</c>, the pinned <c>(a OR … OR y)</c> it was made from, if any.</summary>
    public bool TryBorrowOrPrefix(OrFormula union, out HeldMask held)
    {
        if (union.Operands.Length == 2) return TryBorrow(union.Operands[0], out held);
        return TryBorrowPinned(pinned => IsOrPrefix(pinned, union.Operands), out held);
    }

    /// <summary>For <c>(a AND NOT (b OR … OR y OR z))</c>, the pinned <c>(a AND NOT (b OR … OR y))</c> it was made from, if any.</summary>
    public bool TryBorrowAndNotPrefix(AndNotFormula difference, out HeldMask held)
    {
        held = default;
        return difference.Right is OrFormula union && TryBorrowPinned(pinned => pinned is AndNotFormula made
            && ReferenceEquals(made.Left, difference.Left) && IsOrPrefix(made.Right, union.Operands), out held);
    }

    private bool TryBorrowPinned(Func<Formula, bool> match, out HeldMask held)
    {
        foreach (var pinned in _pinned)
            if (match(pinned.Formula))
            {
                held = pinned.Held;
                return true;
            }
        held = default;
        return false;
    }

    private bool IsPinned(Formula formula) => formula is not (LeafFormula or ExpandFormula) && TryBorrow(formula, out _);

    /// <summary>Whether <c>Formula.Or</c> made <c>(o1 OR … OR on)</c> from <paramref name="prefix"/>: o1 itself, or the OR of o1 … o(n−1).</summary>
    private static bool IsOrPrefix(Formula prefix, ImmutableArray<Formula> operands) => operands.Length == 2
        ? ReferenceEquals(prefix, operands[0])
        : prefix is OrFormula or && or.Operands.Length == operands.Length - 1 && or.Operands.Zip(operands).All(pair => ReferenceEquals(pair.First, pair.Second));

    private void Compute(Formula formula, Span<ulong> destination)
    {
        switch (formula)
        {
            case OrFormula or:
                Fold(or.Operands, destination, MaskOps.Or);
                break;
            case AndFormula and:
                Fold(and.Operands, destination, MaskOps.And);
                break;
            case AndNotFormula andNot:
                {
                    using var left = Evaluate(andNot.Left);
                    using var right = Evaluate(andNot.Right);
                    MaskOps.AndNot(left.Span, right.Span, destination);
                    break;
                }
            case WithFormula with:
                {
                    using var left = Evaluate(with.Left);
                    using var right = Evaluate(with.Right);
                    MaskOps.With(left.Span, right.Span, destination, bank.Grid);
                    break;
                }
            case CloseToFormula closeTo:
                {
                    using (var left = Evaluate(closeTo.Left)) left.Span.CopyTo(destination);
                    foreach (var operand in closeTo.Right)
                    {
                        using var dilated = Dilation(operand);
                        MaskOps.And(destination, dilated.Span, destination);
                    }
                    break;
                }
            case CloseFormula close:
                {
                    using var left = Evaluate(close.Left);
                    using var right = Evaluate(close.Right);
                    using var dilatedLeft = Dilation(close.Left);
                    using var dilatedRight = Dilation(close.Right);
                    MaskOps.Close(left.Span, dilatedLeft.Span, right.Span, dilatedRight.Span, destination);
                    break;
                }
            default:
                throw new ArgumentException($"Cannot evaluate formula node {formula.GetType().Name}.", nameof(formula));
        }
    }

    private void Fold(IReadOnlyList<Formula> operands, Span<ulong> destination, MaskCombiner combine)
    {
        using (var first = Evaluate(operands[0])) first.Span.CopyTo(destination);
        for (int i = 1; i < operands.Count; i++)
        {
            using var next = Evaluate(operands[i]);
            combine(destination, next.Span, destination);
        }
    }

    private delegate void MaskCombiner(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> destination);

    private MaskLease Dilation(Formula formula)
    {
        if (_dilations.TryGetValue(formula, out var cached)) return MaskLease.Borrow(cached);
        bool keep = IsPinned(formula) || _candidates.Contains(formula);
        using var mask = Evaluate(formula);
        if (keep)
        {
            var dilated = new ulong[Length];
            MaskOps.Dilate(mask.Span, dilated, bank.Grid);
            _dilations[formula] = dilated;
            return MaskLease.Borrow(dilated);
        }
        var result = MaskLease.Rent(Length);
        MaskOps.Dilate(mask.Span, result.Writable, bank.Grid);
        return result;
    }

    private void PinTree(Formula formula, Dictionary<Formula, HeldMask> previous)
    {
        if (formula is LeafFormula or ExpandFormula || IsPinned(formula)) return;
        foreach (var operand in FormulaParts.Operands(formula)) PinTree(operand, previous);
        if (!previous.TryGetValue(formula, out var held))
        {
            var mask = _spare.TryPop(out var spare) ? spare : new ulong[Length];
            Compute(formula, mask);
            held = new HeldMask(mask, MaskSupport.Of(mask, bank.Grid));
        }
        _pinned.Add((formula, held));
    }


    public void Dispose()
    {
        _spare.Clear();
        _pinned.Clear();
        _dilations.Clear();
    }
}

/// <summary>A mask at hand and the images where it has cells (ascending).</summary>
internal readonly record struct HeldMask(ulong[] Mask, int[] Support);
