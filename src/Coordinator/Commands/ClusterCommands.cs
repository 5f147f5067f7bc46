using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Coordinator.Display;
using NeuronOrleans.Coordinator.Inputs;
using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary><c>submit</c>, <c>status</c>, <c>resume</c>, <c>cancel</c>, <c>report</c>: a sweep on a running cluster.</summary>
internal static class ClusterCommands
{
    public static Command Submit()
    {
        var job = new JobOptions();
        var connection = new ClusterConnection();
        var wait = new Option<bool>("--wait") { Description = "Follow the sweep until it finishes" };
        var command = new Command("submit", "Submit a sweep to a running cluster (inputs must be readable by every silo); prints the sweep id");
        job.AddTo(command);
        connection.AddTo(command);
        command.Options.Add(wait);
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(async stop =>
        {
            var settings = job.Read(parse);
            using var host = await connection.ConnectAsync(parse, stop);
            var grains = host.Services.GetRequiredService<IClusterClient>();
            string device = settings.Inputs.Activations is null ? await ProbeDevices.ChooseAsync(grains, stop) : ComputeKinds.Cpu;
            var spec = JobPreparation.Prepare(settings, device, Console.Out);
            JobPreparation.CheckOutputFolder(spec);
            var sweep = Sweep(host, spec.SweepId);
            var status = await sweep.Submit(spec);
            Console.WriteLine(spec.SweepId);
            return parse.GetValue(wait) ? SweepSummary.Print(await SweepMonitor.FollowAsync(sweep, Console.Out, stop), null, status.PassesComputed, Console.Out) : ExitCodes.Success;
        }, cancellation));
        return command;
    }

    public static Command Status() => OnSweep("status", "Show a sweep's progress and its failed neurons", async (sweep, _, _) =>
    {
        var status = await sweep.GetStatus();
        if (status.Phase == SweepPhase.Unknown) throw new UserInputException($"No sweep {status.SweepId} on this cluster.");
        Console.WriteLine($"{status.Finished}/{status.Total} neurons finished. {SweepMonitor.Detail(status)}");
        foreach (var silo in await sweep.GetSilos())
            Console.WriteLine($"silo {silo.Silo} ({silo.Backend}): {silo.NeuronsRunning} running, {silo.NeuronsDone} done, {silo.ShardsDone} probe shards" +
                (silo.ImagesPerSecond > 0 ? $", probing {silo.ImagesPerSecond:F1} images/s" : ""));
        foreach (var neuron in (await sweep.GetNeurons()).Where(n => n.Status == NeuronStatus.Failed))
            Console.WriteLine($"neuron {neuron.Neuron} failed: {neuron.Error}");
        return SweepSummary.Print(status, null, null, Console.Out);
    });

    public static Command Resume() => OnSweep("resume", "Continue a cancelled or interrupted sweep, retry its failed neurons, and follow it", async (sweep, _, stop) =>
    {
        var resumed = await sweep.Resume();
        return SweepSummary.Print(await SweepMonitor.FollowAsync(sweep, Console.Out, stop), null, resumed.PassesComputed, Console.Out);
    });

    public static Command Cancel() => OnSweep("cancel", "Stop a sweep after the running passes; resume continues it", async (sweep, _, _) =>
    {
        await sweep.Cancel();
        Console.WriteLine($"Sweep {sweep.GetPrimaryKeyString()} cancelled.");
        return ExitCodes.Success;
    });

    public static Command Report() => OnSweep("report", "Write the sweep's CSV, history and HTML again from its finished neurons", async (sweep, _, stop) =>
    {
        await sweep.WriteOutputs();
        var status = await SweepMonitor.WaitForOutputsAsync(sweep, stop);
        if (status.OutputError is { } problem) throw new InvalidOperationException(problem);
        Console.WriteLine(status.OutputFolder);
        return ExitCodes.Success;
    });

    private static Command OnSweep(string name, string description, Func<ISweepGrain, ParseResult, CancellationToken, Task<int>> action)
    {
        var connection = new ClusterConnection();
        var sweepId = new Option<string>("--sweep") { Description = "Sweep id (printed by submit)", Required = true };
        var command = new Command(name, description);
        connection.AddTo(command);
        command.Options.Add(sweepId);
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(async stop =>
        {
            using var host = await connection.ConnectAsync(parse, stop);
            return await action(Sweep(host, parse.GetValue(sweepId)!), parse, stop);
        }, cancellation));
        return command;
    }

    private static ISweepGrain Sweep(IHost host, string id) => host.Services.GetRequiredService<IClusterClient>().GetGrain<ISweepGrain>(id);
}
