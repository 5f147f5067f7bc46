using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using TorchSharp;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// One neuron's counting on a torch device. Formulas are lowered to a shared node graph; a call
/// to <see cref="Count"/> first pins what the pass will reuse (the beam's sub-expressions, the
/// dilations of beam members and candidates), then computes the remaining nodes in batches that
/// fit the device budget and counts every formula's mask on the device.
/// </summary>
internal sealed class TorchCountSession : ICountSession
{
    private readonly TorchCountBackend _backend;
    private readonly WordKernels _kernels;
    private readonly BankLease _bank;
    private readonly DeviceNeuron _neuron;
    private readonly MaskGraph _graph;
    private readonly PinnedMasks _pinned;
    private readonly BatchEvaluator _evaluator;
    private readonly long _words;
    private readonly int _budgetRows;
    private HashSet<int> _retainable = [];

    public TorchCountSession(TorchCountBackend backend, LabelMaskBank bank, NeuronMask neuron)
    {
        _backend = backend;
        _kernels = backend.KernelsFor(bank.Grid);
        _words = bank.WordCount;
        _budgetRows = (int)Math.Clamp(backend.BatchBytes / (Math.Max(1, _words) * sizeof(long)), 1, int.MaxValue);
        _bank = backend.Banks.Acquire(bank);
        try
        {
            _neuron = new DeviceNeuron(neuron, backend.Device);
        }
        catch
        {
            _bank.Dispose();
            throw;
        }
        _graph = new MaskGraph(bank);
        _pinned = new PinnedMasks(_words, backend.Device);
        _evaluator = new BatchEvaluator(_graph, _kernels, Resident, _words);
    }

    public void BeginPass(IReadOnlyList<Formula> beam, IReadOnlyList<Formula> candidates)
    {
        _graph.ForgetFormulas();
        var retainable = new HashSet<int>();
        foreach (var member in beam)
        {
            int node = _graph.Lower(member);
            _graph.CollectComposites(node, retainable);
            retainable.Add(_graph.Dilation(node));
        }
        foreach (var candidate in candidates) retainable.Add(_graph.Dilation(_graph.Lower(candidate)));
        _retainable = retainable;
        _pinned.KeepOnly(retainable);
    }

    // Batches are counted whole on the device: every formula gets its total, dropped or not.
    public void Count(IReadOnlyList<Formula> formulas, int prefixImages, Span<FormulaCounts> results, Func<Formula, OverlapCounts, bool>? dropsAfterPrefix = null)
    {
        var roots = formulas.Select(_graph.Lower).ToList();
        Pin(RetainableNeeded(roots));
        var counts = new Dictionary<int, FormulaCounts>();
        foreach (var batch in BatchPlanner.Plan(_graph, roots, IsResident, _budgetRows))
        {
            using var turn = _backend.EnterBatch();
            using var scope = torch.NewDisposeScope();
            var computed = _evaluator.Evaluate(batch.Nodes);
            var unique = batch.Roots.Distinct().ToList();
            var locations = unique.Select(root => computed.TryGetValue(root, out var at) ? at : Resident(root)!.Value).ToList();
            foreach (var (members, part) in BySource(unique, locations))
            {
                using var masks = DeviceRows.Read(part, _words, _backend.Device);
                var partCounts = _neuron.Count(masks, prefixImages, _kernels);
                for (int i = 0; i < members.Count; i++) counts[members[i]] = partCounts[i];
            }
        }
        for (int i = 0; i < roots.Count; i++) results[i] = counts[roots[i]];
    }

    public void Dispose()
    {
        _pinned.Dispose();
        _neuron.Dispose();
        _bank.Dispose();
    }

    private bool IsResident(int node) => _graph[node].IsPrimitive || _pinned.Contains(node);

    private Location? Resident(int node)
    {
        var current = _graph[node];
        return current.IsPrimitive ? new Location(_bank.Masks, current.Left) : _pinned.Locate(node);
    }

    /// <summary>The pinnable nodes the formulas reach through nodes not yet on the device.</summary>
    private List<int> RetainableNeeded(List<int> roots)
    {
        var planned = new HashSet<int>();
        foreach (int root in roots) planned.UnionWith(BatchPlanner.Missing(_graph, root, IsResident, planned));
        return [.. planned.Where(_retainable.Contains)];
    }

    private void Pin(List<int> nodes)
    {
        foreach (var batch in BatchPlanner.Plan(_graph, nodes, IsResident, _budgetRows))
        {
            using var turn = _backend.EnterBatch();
            using var scope = torch.NewDisposeScope();
            var computed = _evaluator.Evaluate(batch.Nodes);
            var roots = batch.Roots.Where(computed.ContainsKey).ToList();
            using var masks = DeviceRows.Gather([.. roots.Select(r => computed[r])], _words, _backend.Device);
            _pinned.Append(roots, masks);
        }
    }

    /// <summary>Groups nodes by the tensor their masks live in, so each group is read with one view or gather.</summary>
    private static IEnumerable<(List<int> Members, List<Location> Locations)> BySource(List<int> nodes, List<Location> locations) =>
        nodes.Zip(locations)
            .GroupBy(p => p.Second.Source, ReferenceEqualityComparer.Instance)
            .Select(g => (g.Select(p => p.First).ToList(), g.Select(p => p.Second).ToList()));
}
