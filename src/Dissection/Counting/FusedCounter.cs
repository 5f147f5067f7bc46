using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>
/// Counts a new formula of a pass without writing its mask, from the masks at hand: beam members
/// (pinned) and primitives. Only images where the result can have cells are visited: the rarest
/// operand's for AND, WITH, CLOSE and CLOSE TO, the operands' together for OR. OR and AND NOT of a
/// formula at hand count only its intersection with the other operand and take the rest from the
/// operands' own counts (inclusion–exclusion), as does <c>(A AND NOT B) AND NOT P</c>, written
/// <c>A AND NOT (B OR P)</c>. Any other formula is compiled to a <see cref="WordProgram"/> over the
/// masks at hand, dilating words only where it visits. Labels appear in few images, so this touches
/// a fraction of the dataset. The counts are the same as counting the written mask. Single-word grids (7×7) only.
/// </summary>
internal sealed class FusedCounter(NeuronMask neuron)
{
    private readonly GridGeometry _geometry = GridGeometry.For(neuron.Grid);

    // Marks images already counted for the current formula: _visited[i] == _round.
    private readonly int[] _visited = new int[neuron.ImageCount];
    private int _round;
    private readonly List<int[]> _supports = [];
    private readonly List<int> _prefixEnds = [];

    // Counts of masks at hand (beam members, primitives) for one prefix, reused by every formula built on them.
    private readonly Dictionary<ulong[], FormulaCounts> _held = new(ReferenceEqualityComparer.Instance);
    private int _heldPrefix = -1;

    /// <summary>Forgets the counts of masks that may no longer be at hand (a new pass pins a new beam).</summary>
    public void Forget() => _held.Clear();

    /// <param name="dropsAfterPrefix">Formulas it drops on their prefix counts are counted no further (their total is the prefix's).</param>
    public bool TryCount(Formula formula, MaskEvaluator masks, int prefix, Func<Formula, OverlapCounts, bool>? dropsAfterPrefix, out FormulaCounts counts)
    {
        counts = default;
        if (!neuron.Grid.IsSingleWord) return false;
        bool Drops(OverlapCounts head) => dropsAfterPrefix?.Invoke(formula, head) == true;
        switch (formula)
        {
            case LeafFormula or ExpandFormula when masks.TryBorrow(formula, out var primitive):
                counts = Held(primitive, prefix);
                return true;
            case OrFormula union when masks.TryBorrowOrPrefix(union, out var rest) && masks.TryBorrow(union.Operands[^1], out var last):
                // |F ∪ P| = |F| + |P| − |F ∩ P|, and likewise for the other counts: only the
                // intersection is counted, over the rarer operand's images (F is often a wide OR).
                counts = Held(rest, prefix) + Held(last, prefix) - Count(Rarer(rest, last), new AllOf(rest.Mask, last.Mask), prefix);
                return true;
            case AndNotFormula andNot when masks.TryBorrow(andNot.Left, out var left) && masks.TryBorrow(andNot.Right, out var right):
                // F ∖ P = F − (F ∩ P).
                counts = Held(left, prefix) - Count(Rarer(left, right), new AllOf(left.Mask, right.Mask), prefix);
                return true;
            case AndNotFormula andNot when andNot.Right is OrFormula union && masks.TryBorrowAndNotPrefix(andNot, out var kept)
                                          && masks.TryBorrow(union.Operands[^1], out var last):
                // A ∖ (B ∪ P) = (A ∖ B) ∖ P, with A ∖ B a pinned beam member.
                counts = Held(kept, prefix) - Count(Rarer(kept, last), new AllOf(kept.Mask, last.Mask), prefix);
                return true;
            // The two-operand shapes every pass makes have loops of their own: a word program's call per
            // node and image cost about a tenth of the passes' time.
            case AndFormula { Operands: [var first, var second] } when masks.TryBorrow(first, out var a) && masks.TryBorrow(second, out var b):
                counts = Count(Rarer(a, b), new AllOf(a.Mask, b.Mask), prefix);
                return true;
            case WithFormula with when masks.TryBorrow(with.Left, out var left) && masks.TryBorrow(with.Right, out var right):
                counts = Count(Rarer(left, right), new Where(left.Mask, right.Mask), prefix);
                return true;
            case CloseToFormula { Right: [var near] } closeTo when masks.TryBorrow(closeTo.Left, out var left) && masks.TryBorrow(near, out var right):
                counts = CountInTwoParts(Single(Rarer(left, right)), new NearTo(left.Mask, right.Mask, _geometry), prefix, Drops);
                return true;
            case CloseFormula close when masks.TryBorrow(close.Left, out var left) && masks.TryBorrow(close.Right, out var right):
                counts = CountInTwoParts(Single(Rarer(left, right)), new Near(left.Mask, right.Mask, _geometry), prefix, Drops);
                return true;
            default:
                var program = WordProgram.Compile(formula, hole: null, node => masks.TryBorrow(node, out var held) ? held.Mask : null, _geometry, keepDilations: false);
                _supports.Clear();
                CollectImages(formula, masks, _supports);
                counts = CountInTwoParts(_supports, new Compiled(program), prefix, Drops);
                return true;
        }
    }

    /// <summary>
    /// The supports of masks at hand whose union holds every image where the formula can have cells:
    /// the rarest operand's of an AND, WITH, CLOSE or CLOSE TO, every operand's of an OR.
    /// </summary>
    private static void CollectImages(Formula formula, MaskEvaluator masks, List<int[]> supports)
    {
        if (masks.TryBorrow(formula, out var held))
        {
            supports.Add(held.Support);
            return;
        }
        switch (formula)
        {
            case OrFormula or:
                foreach (var operand in or.Operands) CollectImages(operand, masks, supports);
                break;
            case AndNotFormula andNot:
                CollectImages(andNot.Left, masks, supports);
                break;
            default:
                CollectImages(RarestOperand(formula, masks), masks, supports);
                break;
        }
    }

    /// <summary>How many images <see cref="CollectImages"/> can list, without listing them.</summary>
    private static int ImageBound(Formula formula, MaskEvaluator masks)
    {
        if (masks.TryBorrow(formula, out var held)) return held.Support.Length;
        switch (formula)
        {
            case OrFormula or:
                int sum = 0;
                foreach (var operand in or.Operands) sum += ImageBound(operand, masks);
                return sum;
            case AndNotFormula andNot:
                return ImageBound(andNot.Left, masks);
            default:
                return ImageBound(RarestOperand(formula, masks), masks);
        }
    }

    /// <summary>The operand of an AND, WITH, CLOSE or CLOSE TO with the fewest images.</summary>
    private static Formula RarestOperand(Formula formula, MaskEvaluator masks) => formula switch
    {
        AndFormula and => Rarest(and.Operands[0], and.Operands.AsSpan()[1..], masks),
        BinaryFormula binary => Rarest(binary.Left, [binary.Right], masks),
        CloseToFormula closeTo => Rarest(closeTo.Left, closeTo.Right.AsSpan(), masks),
        _ => throw new ArgumentException($"Cannot count formula node {formula.GetType().Name}.", nameof(formula)),
    };

    private static Formula Rarest(Formula first, ReadOnlySpan<Formula> others, MaskEvaluator masks)
    {
        var (rarest, fewest) = (first, ImageBound(first, masks));
        foreach (var operand in others)
        {
            int bound = ImageBound(operand, masks);
            if (bound < fewest) (rarest, fewest) = (operand, bound);
        }
        return rarest;
    }

    private List<int[]> Single(int[] support)
    {
        _supports.Clear();
        _supports.Add(support);
        return _supports;
    }

    private static int[] Rarer(HeldMask a, HeldMask b) => a.Support.Length <= b.Support.Length ? a.Support : b.Support;

    private FormulaCounts Held(HeldMask held, int prefix)
    {
        if (prefix != _heldPrefix)
        {
            _held.Clear();
            _heldPrefix = prefix;
        }
        if (!_held.TryGetValue(held.Mask, out var counts)) _held[held.Mask] = counts = Count(held.Support, new Words(held.Mask), prefix);
        return counts;
    }

    private FormulaCounts Count<TWords>(int[] images, TWords words, int prefix) where TWords : struct, IWords =>
        CountInTwoParts(Single(images), words, prefix, stopAfterPrefix: _ => false);

    /// <summary>
    /// Counts the words on every image listed in any of <paramref name="supports"/> (each ascending),
    /// once: the prefix's images first, then, unless <paramref name="stopAfterPrefix"/> says so, the rest.
    /// </summary>
    private FormulaCounts CountInTwoParts<TWords>(List<int[]> supports, TWords words, int prefix, Func<OverlapCounts, bool> stopAfterPrefix)
        where TWords : struct, IWords
    {
        if (++_round == int.MaxValue)
        {
            Array.Clear(_visited);
            _round = 1;
        }
        bool overlapping = supports.Count > 1;
        OverlapCounts head = default, tail = default;
        _prefixEnds.Clear();
        foreach (var support in supports)
        {
            int end = 0;
            for (; end < support.Length && support[end] < prefix; end++) Visit(ref head, support[end], words, overlapping);
            _prefixEnds.Add(end);
        }
        if (stopAfterPrefix(head)) return new FormulaCounts(head, head);
        for (int s = 0; s < supports.Count; s++)
            foreach (int image in supports[s].AsSpan(_prefixEnds[s])) Visit(ref tail, image, words, overlapping);
        return new FormulaCounts(head, head + tail);
    }

    /// <summary>Counts one image as <see cref="OverlapCounter"/> counts it in a written mask, unless an earlier support listed it already.</summary>
    private void Visit<TWords>(ref OverlapCounts counts, int image, TWords words, bool overlapping) where TWords : struct, IWords
    {
        if (overlapping)
        {
            if (_visited[image] == _round) return;
            _visited[image] = _round;
        }
        counts += WordCounts.Of(words.At(image), neuron.Bits[image], neuron.ImageCounts[image]);
    }

    private interface IWords
    {
        ulong At(int image);
    }

    private readonly struct Words(ulong[] mask) : IWords
    {
        public ulong At(int image) => mask[image];
    }

    private readonly struct AllOf(ulong[] a, ulong[] b) : IWords
    {
        public ulong At(int image) => a[image] & b[image];
    }

    /// <summary>WITH: the left operand in images where the right one has a cell.</summary>
    private readonly struct Where(ulong[] left, ulong[] right) : IWords
    {
        public ulong At(int image) => right[image] != 0 ? left[image] : 0;
    }

    /// <summary>CLOSE TO one operand: <c>a ∧ D(b)</c>.</summary>
    private readonly struct NearTo(ulong[] a, ulong[] b, GridGeometry geometry) : IWords
    {
        public ulong At(int image) => a[image] & MaskOps.DilateWord(geometry, b[image]);
    }

    /// <summary>CLOSE: <c>(a ∧ D(b)) ∨ (b ∧ D(a))</c>.</summary>
    private readonly struct Near(ulong[] a, ulong[] b, GridGeometry geometry) : IWords
    {
        public ulong At(int image) => (a[image] & MaskOps.DilateWord(geometry, b[image])) | (b[image] & MaskOps.DilateWord(geometry, a[image]));
    }

    private readonly struct Compiled(WordProgram program) : IWords
    {
        public ulong At(int image) => program.At(image, 0);
    }
}
