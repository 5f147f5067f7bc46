using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary>The closing lines of a sweep and the exit code they imply.</summary>
internal static class SweepSummary
{
    /// <param name="passesBefore">The sweep's passes computed when this command started, so that the run's own share can be told.</param>
    public static int Print(SweepStatus status, TimeSpan? elapsed, long? passesBefore, TextWriter output)
    {
        output.WriteLine($"Sweep {status.SweepId}: {status.Phase}, {status.Done} of {status.Total} neurons explained or searched, {status.Failed} failed.");
        if (status.Error is { } error) output.WriteLine($"error: {error}");
        if (elapsed is { TotalSeconds: > 0 } time && status.Phase == SweepPhase.Completed)
            output.WriteLine($"Took {time.TotalSeconds:F1} s ({status.Total / time.TotalSeconds:F2} neurons/s).");
        if (status is { ProbeSeconds: > 0, ImagesToProbe: > 0 })
            output.WriteLine($"Probing: {status.ImagesToProbe} images in {status.ProbeSeconds:F1} s ({status.ImagesToProbe / status.ProbeSeconds:F1} images/s).");
        if (passesBefore is { } before)
            output.WriteLine($"Beam passes: {status.PassesComputed - before} computed by this run; over the sweep's life {status.PassesComputed} computed for {status.PassesNeeded} in the results, {status.PassesResumed} resumed from checkpoints.");
        else if (status.PassesNeeded > 0)
            output.WriteLine($"Beam passes: {status.PassesComputed} computed for {status.PassesNeeded} in the results, {status.PassesResumed} resumed from checkpoints.");
        if (status.Timings is { } t && status.Done > 0 && t != WorkTimings.None)
            output.WriteLine($"Time per neuron: activations {t.Activations / status.Done:F0} ms, primitives {t.Primitives / status.Done:F0} ms, " +
                $"passes {t.Passes / status.Done:F0} ms, checkpoints {t.Checkpoints / status.Done:F0} ms" +
                (t.Certificate > 0 ? $", certificate {t.Certificate / status.Done:F0} ms" : "") + $"; writing the outputs took {status.OutputSeconds:F1} s.");
        if (status.OutputError is { } problem) output.WriteLine($"Writing the outputs failed: {problem}");
        // Only a folder that exists is printed: a script goes on to read it.
        if (status.Phase == SweepPhase.Completed && Directory.Exists(status.OutputFolder)) output.WriteLine(status.OutputFolder);
        return status.Phase == SweepPhase.Failed ? ExitCodes.BadInput
            : status.Phase != SweepPhase.Completed ? ExitCodes.NotFinished
            : status.OutputError is not null ? ExitCodes.Error
            : status.Failed > 0 ? ExitCodes.NeuronsFailed
            : ExitCodes.Success;
    }
}
