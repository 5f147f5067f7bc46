using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Compute.Torch;

/// <summary>The word operations formulas are lowered to; every node but a primitive has one or two inputs.</summary>
internal enum MaskOp : byte
{
    /// <summary>A row of the resident bank (<see cref="MaskNode.Left"/> is the row).</summary>
    Primitive,
    Or,
    And,
    AndNot,
    With,

    /// <summary>D(Left), the CLOSE neighbourhood dilation.</summary>
    Dilate,
}

internal readonly record struct MaskNode(MaskOp Op, long Left, long Right = -1)
{
    public bool IsPrimitive => Op == MaskOp.Primitive;
}

/// <summary>
/// Formulas lowered to a hash-consed graph of binary word operations, so equal sub-expressions
/// are one node: a new formula <c>op(F, P)</c> becomes one node over F's node, whichever way the
/// formula constructors normalised it (OR/AND flattening, AND NOT merging). CLOSE TO b is
/// <c>a ∧ D(b)</c> and CLOSE the OR of both directions, so a pass's three CLOSE formulas of a pair
/// share their halves.
/// </summary>
internal sealed class MaskGraph(LabelMaskBank bank)
{
    private readonly List<MaskNode> _nodes = [];
    private readonly Dictionary<MaskNode, int> _ids = [];
    private readonly Dictionary<Formula, int> _lowered = new(ReferenceEqualityComparer.Instance);

    public MaskNode this[int id] => _nodes[id];

    public int Lower(Formula formula)
    {
        if (!_lowered.TryGetValue(formula, out int id))
        {
            id = LowerNew(formula);
            _lowered[formula] = id;
        }
        return id;
    }

    public int Dilation(int node) => Intern(new MaskNode(MaskOp.Dilate, node));

    /// <summary>Drops the formula-to-node memo (nodes stay), so formulas of finished passes can be collected.</summary>
    public void ForgetFormulas() => _lowered.Clear();

    /// <summary>The composite nodes <paramref name="node"/> is computed from, itself included.</summary>
    public void CollectComposites(int node, ISet<int> into)
    {
        var current = _nodes[node];
        if (current.IsPrimitive || !into.Add(node)) return;
        CollectComposites((int)current.Left, into);
        if (current.Right >= 0) CollectComposites((int)current.Right, into);
    }

    private int LowerNew(Formula formula) => formula switch
    {
        LeafFormula or ExpandFormula => Intern(new MaskNode(MaskOp.Primitive, BankLayout.Row(bank, formula))),
        OrFormula or => Chain(MaskOp.Or, Lower(or.Operands[0]), or.Operands.Skip(1)),
        AndFormula and => Chain(MaskOp.And, Lower(and.Operands[0]), and.Operands.Skip(1)),
        // a ∧ ¬(b1 ∨ … ∨ bn) = (…(a ∧ ¬b1) …) ∧ ¬bn: the chain reuses the AND NOT it was grown from.
        AndNotFormula { Right: OrFormula excluded } andNot => Chain(MaskOp.AndNot, Lower(andNot.Left), excluded.Operands),
        AndNotFormula andNot => Binary(MaskOp.AndNot, Lower(andNot.Left), Lower(andNot.Right)),
        WithFormula with => Binary(MaskOp.With, Lower(with.Left), Lower(with.Right)),
        CloseToFormula closeTo => closeTo.Right.Aggregate(Lower(closeTo.Left), (near, operand) => CloseTo(near, Lower(operand))),
        CloseFormula close => Binary(MaskOp.Or, CloseTo(Lower(close.Left), Lower(close.Right)), CloseTo(Lower(close.Right), Lower(close.Left))),
        _ => throw new ArgumentException($"Cannot evaluate formula node {formula.GetType().Name}.", nameof(formula)),
    };

    private int Chain(MaskOp op, int first, IEnumerable<Formula> rest) =>
        rest.Aggregate(first, (left, operand) => Binary(op, left, Lower(operand)));

    private int CloseTo(int left, int right) => Binary(MaskOp.And, left, Dilation(right));

    private int Binary(MaskOp op, int left, int right) => Intern(new MaskNode(op, left, right));

    private int Intern(MaskNode node)
    {
        if (!_ids.TryGetValue(node, out int id))
        {
            id = _nodes.Count;
            _nodes.Add(node);
            _ids[node] = id;
        }
        return id;
    }
}
