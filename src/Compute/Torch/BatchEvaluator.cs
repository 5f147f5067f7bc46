using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// Computes graph nodes on the device a batch at a time: the nodes of one depth and one operation
/// run as one gather of their inputs and one elementwise kernel over all their rows, so a pass of
/// a thousand <c>op(F, P)</c> formulas costs a handful of kernel launches, not a thousand.
/// </summary>
internal sealed class BatchEvaluator(MaskGraph graph, WordKernels kernels, Func<int, Location?> resident, long words)
{
    /// <summary>
    /// Computes <paramref name="nodes"/> (none resident, each listed after its inputs) and returns
    /// where each one's mask is. The tensors belong to the caller's dispose scope.
    /// </summary>
    public Dictionary<int, Location> Evaluate(IReadOnlyList<int> nodes)
    {
        var computed = new Dictionary<int, Location>(nodes.Count);
        var depth = new Dictionary<int, int>(nodes.Count);
        foreach (int id in nodes)
        {
            var node = graph[id];
            depth[id] = 1 + Math.Max(DepthOf(node.Left, depth), node.Right >= 0 ? DepthOf(node.Right, depth) : 0);
        }
        foreach (var group in nodes.GroupBy(id => (Depth: depth[id], graph[id].Op)).OrderBy(g => g.Key.Depth))
        {
            var members = group.ToList();
            var result = Apply(group.Key.Op, members, computed);
            for (int i = 0; i < members.Count; i++) computed[members[i]] = new Location(result, i);
        }
        return computed;
    }

    private Tensor Apply(MaskOp op, List<int> members, Dictionary<int, Location> computed)
    {
        var left = Inputs(members, n => n.Left, computed);
        if (op == MaskOp.Dilate)
        {
            using (left) return kernels.Dilate(left);
        }
        using var right = Inputs(members, n => n.Right, computed);
        return op switch
        {
            MaskOp.Or => left.bitwise_or_(right),
            MaskOp.And => left.bitwise_and_(right),
            MaskOp.AndNot => left.bitwise_and_(right.bitwise_not_()),
            MaskOp.With => WordKernels.WithInPlace(left, right),
            _ => throw new InvalidOperationException($"Operation {op} has no kernel."),
        };
    }

    private Tensor Inputs(List<int> members, Func<MaskNode, long> input, Dictionary<int, Location> computed) =>
        DeviceRows.Gather([.. members.Select(m => Locate((int)input(graph[m]), computed))], words, kernels.Device);

    private Location Locate(int node, Dictionary<int, Location> computed) =>
        computed.TryGetValue(node, out var location) ? location
        : resident(node) ?? throw new InvalidOperationException($"Node {node} is neither resident nor computed before its users.");

    private static int DepthOf(long node, Dictionary<int, int> depth) => depth.GetValueOrDefault((int)node);
}
