using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;

namespace NeuronOrleans.Silo.Storage;

public static class FileGrainStorageSiloBuilderExtensions
{
    public static ISiloBuilder AddFileGrainStorage(this ISiloBuilder silo, string name, string folder)
    {
        var options = new FileGrainStorageOptions { Folder = Path.GetFullPath(folder) };
        options.Validate(name);
        silo.Services.AddGrainStorage(name, (provider, storageName) =>
            new FileGrainStorage(storageName, options, provider.GetRequiredService<Serializer>()));
        return silo;
    }
}
