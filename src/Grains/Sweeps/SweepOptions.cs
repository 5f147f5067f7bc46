namespace NeuronOrleans.Grains.Sweeps;

/// <summary>How the coordinator grain drives its neurons.</summary>
public sealed class SweepOptions
{
    /// <summary>How often the coordinator (re)starts unfinished neurons and collects their progress.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The reminder that reactivates a sweep after its silo died or the cluster restarted.</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
