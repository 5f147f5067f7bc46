using NeuronOrleans.Silo.Configuration;
using NeuronOrleans.Silo.Hosting;

// The silo host: settings from appsettings.json, environment and command line; /health and
// /metrics over HTTP; graceful shutdown on SIGTERM hands running searches back to the cluster.
Environment.SetEnvironmentVariable("OMP_NUM_THREADS", Environment.GetEnvironmentVariable("OMP_NUM_THREADS") ?? "1");
var builder = WebApplication.CreateBuilder(args);
var settings = builder.Configuration.GetSection(SiloSettings.Section).Get<SiloSettings>() ?? new SiloSettings();
builder.UseOrleans(silo => silo.ConfigureNeuronOrleans(settings));
builder.AddNeuronOrleansEndpoints(settings);
var app = builder.Build();
app.MapNeuronOrleansEndpoints(settings);
await app.RunAsync();
