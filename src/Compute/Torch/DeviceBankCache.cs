using NeuronOrleans.Dissection.Masks;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// The label-mask banks resident on one device, shared by every session that counts against the
/// same bank instance: the first session uploads it, later ones reuse it. Banks no session uses
/// are kept (most recent first) up to a limit, so a silo's sweep bank stays resident between
/// neurons while per-neuron banks (easy mode) do not pile up.
/// </summary>
internal sealed class DeviceBankCache(Device device, int idleBanksKept) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<LabelMaskBank, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private long _clock;

    /// <summary>Banks on the device now, in use or idle.</summary>
    public int ResidentCount
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>Uploads so far (a bank evicted and needed again counts twice).</summary>
    public int Uploads { get; private set; }

    public BankLease Acquire(LabelMaskBank bank)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(bank, out entry!))
            {
                entry = new Entry(new Lazy<Tensor>(() => BankLayout.Upload(bank, device)));
                _entries[bank] = entry;
                Uploads++;
            }
            entry.Leases++;
        }
        try
        {
            // Outside the lock: one upload per bank, and other banks stay available meanwhile.
            return new BankLease(this, bank, entry.Masks.Value);
        }
        catch
        {
            Release(bank);
            throw;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var entry in _entries.Values) entry.Dispose();
            _entries.Clear();
        }
    }

    internal void Release(LabelMaskBank bank)
    {
        lock (_gate)
        {
            var entry = _entries[bank];
            entry.Leases--;
            entry.LastUse = ++_clock;
            var idle = _entries.Where(e => e.Value.Leases == 0).ToList();
            // A bank whose upload failed goes at once; a later session retries it.
            var evicted = idle.Where(e => !e.Value.Masks.IsValueCreated)
                .Concat(idle.Where(e => e.Value.Masks.IsValueCreated).OrderByDescending(e => e.Value.LastUse).Skip(idleBanksKept))
                .ToList();
            foreach (var (key, unused) in evicted)
            {
                _entries.Remove(key);
                unused.Dispose();
            }
        }
    }

    private sealed class Entry(Lazy<Tensor> masks) : IDisposable
    {
        public Lazy<Tensor> Masks { get; } = masks;
        public int Leases { get; set; }
        public long LastUse { get; set; }

        public void Dispose()
        {
            if (Masks.IsValueCreated) Masks.Value.Dispose();
        }
    }
}

/// <summary>A session's hold on a resident bank; the bank stays on the device until every lease is disposed.</summary>
internal sealed class BankLease(DeviceBankCache cache, LabelMaskBank bank, Tensor masks) : IDisposable
{
    private bool _released;

    /// <summary>The bank's primitives, laid out as <see cref="BankLayout"/> describes.</summary>
    public Tensor Masks { get; } = masks;

    public void Dispose()
    {
        if (_released) return;
        _released = true;
        cache.Release(bank);
    }
}
