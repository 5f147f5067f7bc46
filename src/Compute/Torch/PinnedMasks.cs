using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// A session's masks kept on the device across batches (the beam's sub-expressions and the
/// dilations of beam members and candidates), as rows of one growable tensor.
/// </summary>
internal sealed class PinnedMasks(long words, Device device) : IDisposable
{
    private Dictionary<int, long> _rows = [];
    private Tensor? _masks;

    public int Count => _rows.Count;

    public Location? Locate(int node) => _rows.TryGetValue(node, out long row) ? new Location(_masks!, row) : null;

    public bool Contains(int node) => _rows.ContainsKey(node);

    /// <summary>Adds the masks (rows of <paramref name="masks"/>) of <paramref name="nodes"/>.</summary>
    public void Append(IReadOnlyList<int> nodes, Tensor masks)
    {
        int count = _rows.Count;
        Reserve(count + nodes.Count);
        using (var target = _masks!.narrow(0, count, nodes.Count)) target.copy_(masks);
        for (int i = 0; i < nodes.Count; i++) _rows[nodes[i]] = count + i;
    }

    /// <summary>Forgets every mask but those of <paramref name="nodes"/>, compacting the rows.</summary>
    public void KeepOnly(IReadOnlySet<int> nodes)
    {
        var kept = _rows.Where(r => nodes.Contains(r.Key)).OrderBy(r => r.Value).ToList();
        if (kept.Count == _rows.Count) return;
        Tensor? compacted = null;
        if (kept.Count > 0)
        {
            using var index = DeviceRows.Index([.. kept.Select(r => r.Value)], device);
            compacted = _masks!.index_select(0, index).DetachFromDisposeScope();
        }
        _masks?.Dispose();
        _masks = compacted;
        _rows = kept.Select((r, i) => (r.Key, Row: (long)i)).ToDictionary(r => r.Key, r => r.Row);
    }

    public void Dispose() => _masks?.Dispose();

    private void Reserve(int rows)
    {
        long capacity = _masks?.shape[0] ?? 0;
        if (rows <= capacity) return;
        var grown = torch.empty(Math.Max(rows, 2 * capacity), words, ScalarType.Int64, device).DetachFromDisposeScope();
        if (_masks is not null)
        {
            using var target = grown.narrow(0, 0, _rows.Count);
            using var source = _masks.narrow(0, 0, _rows.Count);
            target.copy_(source);
            _masks.Dispose();
        }
        _masks = grown;
    }
}
