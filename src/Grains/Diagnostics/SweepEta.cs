namespace NeuronOrleans.Grains;

/// <summary>Remaining time from the average pace so far, counting partly finished neurons by their passes.</summary>
public static class SweepEta
{
    public static double Seconds(SweepStatus status, DateTimeOffset now)
    {
        double done = status.Finished + (status.RunningPassCount == 0 ? 0 : status.Running * (double)status.RunningPassesDone / status.RunningPassCount);
        if (status.Phase is SweepPhase.Completed) return 0;
        double elapsed = (now - status.StartedAt).TotalSeconds;
        if (done <= 0 || elapsed <= 0) return double.NaN;
        return elapsed / done * (status.Total - done);
    }
}
