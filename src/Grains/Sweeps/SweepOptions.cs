namespace NeuronOrleans.Grains.Sweeps;

/// <summary>How the coordinator grain hands out and tracks work.</summary>
public sealed class SweepOptions
{
    /// <summary>
    /// A lease whose silo has not reported for this long is handed out again (a silo that left the
    /// membership loses its leases at once).
    /// </summary>
    public TimeSpan LeaseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The reminder that reactivates a sweep after its silo died or the cluster restarted.</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
