using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>
/// A formula compiled to compute one image's word (ALGORITHM §4.1) from the words of its held nodes
/// (sub-formulas whose masks are at hand); a template's hole, if any, is the argument. Single-word grids.
/// </summary>
internal abstract class WordProgram
{
    /// <summary>The template's word on firing image k with <paramref name="hole"/> as the primitive's word.</summary>
    public abstract ulong At(int k, ulong hole);

    /// <summary>The template's dilated word; held sub-formulas keep theirs.</summary>
    public virtual ulong DilatedAt(int k, ulong hole, GridGeometry geometry) => MaskOps.DilateWord(geometry, At(k, hole));

    /// <param name="hole">The template's hole, or null for a whole formula.</param>
    /// <param name="held">The words of the nodes at hand, indexed as the program's images; primitives must be among them.</param>
    /// <param name="keepDilations">
    /// Dilate a held node's words once, in full, at its first CLOSE (worth it for a program run on every
    /// image many times), or word by word as needed (for one run over a few images).
    /// </param>
    public static WordProgram Compile(Formula template, Formula? hole, Func<Formula, ulong[]?> held, GridGeometry geometry, bool keepDilations = true)
    {
        if (ReferenceEquals(template, hole)) return new Hole();
        if (held(template) is { } words) return keepDilations ? new Held(words, geometry) : new HeldUndilated(words);
        WordProgram Sub(Formula operand) => Compile(operand, hole, held, geometry, keepDilations);
        return template switch
        {
            OrFormula or => new Or([.. or.Operands.Select(Sub)]),
            AndFormula and => new And([.. and.Operands.Select(Sub)]),
            AndNotFormula andNot => new AndNot(Sub(andNot.Left), Sub(andNot.Right)),
            WithFormula with => new With(Sub(with.Left), Sub(with.Right)),
            CloseToFormula closeTo => new CloseTo(Sub(closeTo.Left), [.. closeTo.Right.Select(Sub)], geometry),
            CloseFormula close => new Close(Sub(close.Left), Sub(close.Right), geometry),
            _ => throw new ArgumentException($"The template's node '{template}' is neither the hole nor held.", nameof(template)),
        };
    }

    private sealed class Hole : WordProgram
    {
        public override ulong At(int k, ulong hole) => hole;
    }

    private sealed class Held(ulong[] words, GridGeometry geometry) : WordProgram
    {
        private ulong[]? _dilated;

        public override ulong At(int k, ulong hole) => words[k];

        public override ulong DilatedAt(int k, ulong hole, GridGeometry _) =>
            (_dilated ??= [.. words.Select(word => MaskOps.DilateWord(geometry, word))])[k];
    }

    private sealed class HeldUndilated(ulong[] words) : WordProgram
    {
        public override ulong At(int k, ulong hole) => words[k];
    }

    private sealed class Or(WordProgram[] operands) : WordProgram
    {
        public override ulong At(int k, ulong hole)
        {
            ulong word = 0;
            foreach (var operand in operands) word |= operand.At(k, hole);
            return word;
        }
    }

    private sealed class And(WordProgram[] operands) : WordProgram
    {
        public override ulong At(int k, ulong hole)
        {
            ulong word = ulong.MaxValue;
            foreach (var operand in operands) word &= operand.At(k, hole);
            return word;
        }
    }

    private sealed class AndNot(WordProgram left, WordProgram right) : WordProgram
    {
        public override ulong At(int k, ulong hole) => left.At(k, hole) & ~right.At(k, hole);
    }

    private sealed class With(WordProgram left, WordProgram right) : WordProgram
    {
        public override ulong At(int k, ulong hole) => right.At(k, hole) != 0 ? left.At(k, hole) : 0;
    }

    private sealed class CloseTo(WordProgram left, WordProgram[] rights, GridGeometry geometry) : WordProgram
    {
        public override ulong At(int k, ulong hole)
        {
            ulong word = left.At(k, hole);
            foreach (var right in rights)
            {
                if (word == 0) break;
                word &= right.DilatedAt(k, hole, geometry);
            }
            return word;
        }
    }

    private sealed class Close(WordProgram a, WordProgram b, GridGeometry geometry) : WordProgram
    {
        public override ulong At(int k, ulong hole)
        {
            ulong left = a.At(k, hole), right = b.At(k, hole);
            if (left == 0 || right == 0) return 0;
            return (left & b.DilatedAt(k, hole, geometry)) | (right & a.DilatedAt(k, hole, geometry));
        }
    }
}
