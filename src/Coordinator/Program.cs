using System.CommandLine;
using NeuronOrleans.Coordinator.Commands;

// neuron-orleans: explains every neuron of a CNN layer with a logical formula over Broden concepts.
// Torch's own thread pool would fight Orleans' for the cores; searches already run one per core.
Environment.SetEnvironmentVariable("OMP_NUM_THREADS", Environment.GetEnvironmentVariable("OMP_NUM_THREADS") ?? "1");
var root = new RootCommand("Compositional explanations of neurons on Orleans")
{
    RunCommand.Create(),
    ClusterCommands.Submit(),
    ClusterCommands.Status(),
    ClusterCommands.Resume(),
    ClusterCommands.Cancel(),
    ClusterCommands.Report(),
    ScoreCommand.Create(),
    PlantedReportCommand.Create(),
    GenerateCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
