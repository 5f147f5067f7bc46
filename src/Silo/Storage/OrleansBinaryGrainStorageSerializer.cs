using Orleans.Serialization;
using Orleans.Storage;

namespace NeuronOrleans.Silo.Storage;

/// <summary>
/// Grain state in Orleans' own binary format, as the local-folder storage writes it. The Azure
/// providers default to a JSON serializer that cannot read our immutable records back.
/// </summary>
public sealed class OrleansBinaryGrainStorageSerializer(Serializer serializer) : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(serializer.SerializeToArray(input));

    public T? Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToArray());
}
