using System.CommandLine;
using System.Diagnostics;
using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Coordinator.Display;
using NeuronOrleans.Coordinator.Embedded;
using NeuronOrleans.Coordinator.Inputs;
using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary>
/// <c>run</c>: the whole job in one process with an embedded silo, which probes, searches and
/// writes the outputs exactly as a cluster does. Started again with the same settings, it continues
/// the interrupted sweep instead of starting over and retries what failed.
/// </summary>
internal static class RunCommand
{
    public const string StateFolder = ".neuron-orleans";

    public static Command Create()
    {
        var job = new JobOptions();
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve Prometheus metrics at http://0.0.0.0:PORT/metrics while running" };
        var command = new Command("run", "Explain every neuron: probe, build label masks, search, write CSV, history and HTML (demo data when no --broden/--model)");
        job.AddTo(command);
        command.Options.Add(metricsPort);
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(async stop =>
        {
            var settings = job.Read(parse);
            await using var cluster = await EmbeddedCluster.StartAsync(Path.Combine(Path.GetFullPath(settings.Inputs.Out), StateFolder), parse.GetValue(metricsPort), stop);
            string device = settings.Inputs.Activations is null ? await ProbeDevices.ChooseAsync(cluster.Grains, stop) : ComputeKinds.Cpu;
            var spec = JobPreparation.Prepare(settings, device, Console.Out);
            JobPreparation.CheckOutputFolder(spec);
            var sweep = cluster.Grains.GetGrain<ISweepGrain>(spec.SweepId);
            var watch = Stopwatch.StartNew();
            var status = await sweep.Submit(spec);
            long passesBefore = status.PassesComputed;
            if (status.Failed > 0 || status.Phase == SweepPhase.Failed)
            {
                Console.WriteLine(status.Phase == SweepPhase.Failed ? "Retrying the sweep that failed before." : $"Retrying the {status.Failed} neurons that failed before.");
                status = await sweep.Resume();
            }
            if (status.Finished > 0 && status.Phase == SweepPhase.Running)
                Console.WriteLine($"Continuing sweep {spec.SweepId}: {status.Finished} of {status.Total} neurons already finished.");
            status = await SweepMonitor.FollowAsync(sweep, Console.Out, stop);
            return SweepSummary.Print(status, watch.Elapsed, passesBefore, Console.Out);
        }, cancellation));
        return command;
    }
}
