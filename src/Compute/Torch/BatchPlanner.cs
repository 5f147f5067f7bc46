namespace NeuronOrleans.Compute.Torch;

/// <summary>One batch: the formulas' root nodes and the nodes to compute for them, inputs first.</summary>
internal sealed record BatchPlan(List<int> Roots, List<int> Nodes);

/// <summary>
/// Splits a list of root nodes into batches that fit the device budget: each batch holds at most
/// <c>budgetRows</c> mask rows, counting every computed node and every root once.
/// </summary>
internal static class BatchPlanner
{
    public static IEnumerable<BatchPlan> Plan(MaskGraph graph, IReadOnlyList<int> roots, Func<int, bool> isResident, int budgetRows)
    {
        var batch = new BatchPlan([], []);
        var planned = new HashSet<int>();
        foreach (int root in roots)
        {
            var fresh = Missing(graph, root, isResident, planned);
            if (batch.Roots.Count > 0 && batch.Roots.Count + batch.Nodes.Count + 1 + fresh.Count > budgetRows)
            {
                yield return batch;
                batch = new BatchPlan([], []);
                planned.Clear();
                fresh = Missing(graph, root, isResident, planned);
            }
            batch.Roots.Add(root);
            batch.Nodes.AddRange(fresh);
            planned.UnionWith(fresh);
        }
        if (batch.Roots.Count > 0) yield return batch;
    }

    /// <summary>The nodes <paramref name="root"/> needs that are neither resident nor planned, inputs first.</summary>
    public static List<int> Missing(MaskGraph graph, int root, Func<int, bool> isResident, IReadOnlySet<int> planned)
    {
        var missing = new List<int>();
        var visited = new HashSet<int>();
        Visit(root);
        return missing;

        void Visit(int id)
        {
            if (isResident(id) || planned.Contains(id) || !visited.Add(id)) return;
            var node = graph[id];
            Visit((int)node.Left);
            if (node.Right >= 0) Visit((int)node.Right);
            missing.Add(id);
        }
    }
}
