using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary>The closing lines of a sweep and the exit code they imply.</summary>
internal static class SweepSummary
{
    public static int Print(SweepStatus status, TimeSpan? elapsed, TextWriter output)
    {
        output.WriteLine($"Sweep {status.SweepId}: {status.Phase}, {status.Done} of {status.Total} neurons explained or searched, {status.Failed} failed.");
        if (elapsed is { TotalSeconds: > 0 } time && status.Phase == SweepPhase.Completed)
            output.WriteLine($"Took {time.TotalSeconds:F1} s ({status.Total / time.TotalSeconds:F2} neurons/s).");
        if (status.PassesNeeded > 0)
            output.WriteLine($"Beam passes: {status.PassesComputed} computed for {status.PassesNeeded} in the results, {status.PassesResumed} resumed from checkpoints.");
        if (status.OutputError is { } problem) output.WriteLine($"Writing the outputs failed: {problem}");
        if (status.Phase == SweepPhase.Completed) output.WriteLine(status.OutputFolder);
        return status.Phase != SweepPhase.Completed ? ExitCodes.NotFinished
            : status.OutputError is not null ? ExitCodes.Error
            : status.Failed > 0 ? ExitCodes.NeuronsFailed
            : ExitCodes.Success;
    }
}
