using System.Numerics;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>
/// Counts a new formula of a pass without writing its mask, when its top node combines masks already
/// at hand: beam members (pinned), primitives and their cached dilations — the common
/// <c>op(F, P)</c> of the search. Only images where the result can have cells are visited (the
/// rarest operand's for AND, WITH, CLOSE and CLOSE TO); OR and AND NOT of a formula at hand count
/// only its intersection with the other operand and take the rest from the operands' own counts
/// (inclusion–exclusion), as does <c>(A AND NOT B) AND NOT P</c>, written <c>A AND NOT (B OR P)</c>. Labels appear in few images, so this touches a fraction of the dataset.
/// The counts are the same as counting the written mask. Single-word grids (7×7) only.
/// </summary>
internal sealed class FusedCounter(NeuronMask neuron)
{
    // Marks images already visited for the current OR: _visited[i] == _round.
    private readonly int[] _visited = new int[neuron.ImageCount];
    private int _round;

    // Counts of masks at hand (beam members, primitives) for one prefix, reused by every formula built on them.
    private readonly Dictionary<ulong[], FormulaCounts> _held = new(ReferenceEqualityComparer.Instance);
    private int _heldPrefix = -1;

    /// <summary>Forgets the counts of masks that may no longer be at hand (a new pass pins a new beam).</summary>
    public void Forget() => _held.Clear();

    public bool TryCount(Formula formula, MaskEvaluator masks, int prefix, out FormulaCounts counts)
    {
        counts = default;
        if (!neuron.Grid.IsSingleWord) return false;
        switch (formula)
        {
            case LeafFormula or ExpandFormula when masks.TryBorrow(formula, out var primitive):
                counts = Count(primitive.Support, new AllOf([primitive.Mask]), prefix);
                return true;
            case OrFormula union when masks.TryBorrowAll(union.Operands, out var operands):
                // |F ∪ P| = |F| + |P| − |F ∩ P|, and likewise for the other counts: only the
                // intersection is counted, over the rarer operand's images (F is often a wide OR).
                counts = masks.TryBorrowOrPrefix(union, out var rest)
                    ? Held(rest, prefix) + Held(operands[^1], prefix) - Count(Rarer(rest, operands[^1]), new AllOf([rest.Mask, operands[^1].Mask]), prefix)
                    : CountUnion(operands, prefix);
                return true;
            case AndFormula intersection when masks.TryBorrowAll(intersection.Operands, out var operands):
                var rarest = operands.MinBy(o => o.Support.Length).Support;
                counts = Count(rarest, new AllOf([.. operands.Select(o => o.Mask)]), prefix);
                return true;
            case AndNotFormula andNot when masks.TryBorrow(andNot.Left, out var left) && masks.TryBorrow(andNot.Right, out var right):
                // F ∖ P = F − (F ∩ P).
                counts = Held(left, prefix) - Count(Rarer(left, right), new AllOf([left.Mask, right.Mask]), prefix);
                return true;
            case AndNotFormula andNot when andNot.Right is OrFormula union && masks.TryBorrowAndNotPrefix(andNot, out var kept)
                                          && masks.TryBorrow(union.Operands[^1], out var last):
                // A ∖ (B ∪ P) = (A ∖ B) ∖ P, with A ∖ B a pinned beam member.
                counts = Held(kept, prefix) - Count(Rarer(kept, last), new AllOf([kept.Mask, last.Mask]), prefix);
                return true;
            case WithFormula with when masks.TryBorrow(with.Left, out var left) && masks.TryBorrow(with.Right, out var right):
                counts = Count(Rarer(left, right), new Where(left.Mask, right.Mask), prefix);
                return true;
            case CloseToFormula closeTo when masks.TryBorrow(closeTo.Left, out var left) && masks.TryBorrowAll(closeTo.Right, out var rights)
                                          && masks.TryBorrowDilations(closeTo.Right, out var dilations):
                // Cells need every right operand in the same image: the rarest operand's images suffice.
                counts = Count(rights.Append(left).MinBy(o => o.Support.Length).Support, new AllOf([left.Mask, .. dilations]), prefix);
                return true;
            case CloseFormula close when masks.TryBorrow(close.Left, out var left) && masks.TryBorrow(close.Right, out var right)
                                        && masks.TryBorrowDilations([close.Left, close.Right], out var both):
                // A dilation has cells only in images where its source has: both operands must be there.
                counts = Count(Rarer(left, right), new Near(left.Mask, both[0], right.Mask, both[1]), prefix);
                return true;
            default:
                return false;
        }
    }

    private static int[] Rarer(HeldMask a, HeldMask b) => a.Support.Length <= b.Support.Length ? a.Support : b.Support;

    private FormulaCounts Held(HeldMask held, int prefix)
    {
        if (prefix != _heldPrefix)
        {
            _held.Clear();
            _heldPrefix = prefix;
        }
        if (!_held.TryGetValue(held.Mask, out var counts)) _held[held.Mask] = counts = Count(held.Support, new AllOf([held.Mask]), prefix);
        return counts;
    }

    private FormulaCounts CountUnion(HeldMask[] operands, int prefix)
    {
        var word = new AnyOf([.. operands.Select(o => o.Mask)]);
        if (++_round == int.MaxValue)
        {
            Array.Clear(_visited);
            _round = 1;
        }
        OverlapCounts head = default, tail = default;
        foreach (var operand in operands)
            foreach (int image in operand.Support)
            {
                if (_visited[image] == _round) continue;
                _visited[image] = _round;
                Add(ref image < prefix ? ref head : ref tail, image, word.At(image));
            }
        return new FormulaCounts(head, head + tail);
    }

    private FormulaCounts Count<TWords>(int[] images, TWords words, int prefix) where TWords : struct, IWords
    {
        OverlapCounts head = default, tail = default;
        foreach (int image in images) Add(ref image < prefix ? ref head : ref tail, image, words.At(image));
        return new FormulaCounts(head, head + tail);
    }

    /// <summary>As <see cref="OverlapCounter"/> counts one image of a written mask.</summary>
    private void Add(ref OverlapCounts counts, int image, ulong formula)
    {
        if (formula == 0) return;
        int cells = BitOperations.PopCount(formula);
        counts = new OverlapCounts(
            counts.Intersection + BitOperations.PopCount(formula & neuron.Bits[image]),
            counts.FormulaCells + cells,
            counts.NeuronFormulaProducts + (long)cells * neuron.ImageCounts[image]);
    }

    private interface IWords
    {
        ulong At(int image);
    }

    private readonly struct AnyOf(ulong[][] operands) : IWords
    {
        public ulong At(int image)
        {
            ulong word = 0;
            foreach (var operand in operands) word |= operand[image];
            return word;
        }
    }

    private readonly struct AllOf(ulong[][] operands) : IWords
    {
        public ulong At(int image)
        {
            ulong word = ulong.MaxValue;
            foreach (var operand in operands) word &= operand[image];
            return word;
        }
    }

    /// <summary>WITH: the left operand in images where the right one has a cell.</summary>
    private readonly struct Where(ulong[] left, ulong[] right) : IWords
    {
        public ulong At(int image) => right[image] != 0 ? left[image] : 0;
    }

    /// <summary>CLOSE: <c>(a ∧ D(b)) ∨ (b ∧ D(a))</c>.</summary>
    private readonly struct Near(ulong[] a, ulong[] dilatedA, ulong[] b, ulong[] dilatedB) : IWords
    {
        public ulong At(int image) => (a[image] & dilatedB[image]) | (b[image] & dilatedA[image]);
    }
}
