using System.Numerics;
using NeuronOrleans.Probing.Checkpoints;
using NeuronOrleans.Probing.Checkpoints.Pickle;

namespace NeuronOrleans.Probing.Tests.Checkpoints.Pickle;

public sealed class PickleReaderTests
{
    private static readonly PickleReader Reader = new("test.pkl", (type, args) => new PickleObject(type, args), pid => ("pid", pid));

    [Fact]
    public void Reads_python2_opcodes_of_pytorch_02_files()
    {
        // Python 2.7, protocol 2: {'epoch': 90, 'arch': 'resnet18', 'magic': 0x1950a86a20f9469cfc6c, 'best': 54.5}
        byte[] pickle =
        [
            0x80, 2, (byte)'}', (byte)'q', 0, (byte)'(',
            (byte)'U', 5, .."epoch"u8, (byte)'K', 90,
            (byte)'U', 4, .."arch"u8, (byte)'U', 8, .."resnet18"u8,
            (byte)'U', 5, .."magic"u8, 0x8a, 10, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19,
            (byte)'U', 4, .."best"u8, (byte)'G', 0x40, 0x4b, 0x40, 0, 0, 0, 0, 0,
            (byte)'u', (byte)'.',
        ];

        var (value, end) = Reader.Read(pickle, 0);

        var dict = Assert.IsType<Dictionary<object, object?>>(value);
        Assert.Equal(90L, dict["epoch"]);
        Assert.Equal("resnet18", dict["arch"]);
        Assert.Equal(BigInteger.Parse("0" + "1950a86a20f9469cfc6c", System.Globalization.NumberStyles.HexNumber), dict["magic"]);
        Assert.Equal(54.5, dict["best"]);
        Assert.Equal(pickle.Length, end);
    }

    [Fact]
    public void Globals_are_never_instantiated_and_memo_and_persistent_ids_resolve()
    {
        // ( c torch\nFloatStorage\n q\x01 X'k' Q ) ... : [GLOBAL, BINPUT 1, BINGET 1, TUPLE2 of them, BINPERSID]
        byte[] pickle = [0x80, 2, (byte)'c', .."torch\nFloatStorage\n"u8, (byte)'q', 1, (byte)'h', 1, 0x86, (byte)'Q', (byte)'.'];

        var (value, _) = Reader.Read(pickle, 0);

        var (tag, pid) = Assert.IsType<(string, object?)>(value);
        Assert.Equal("pid", tag);
        var tuple = Assert.IsType<object?[]>(pid);
        Assert.Equal(new PickleGlobal("torch", "FloatStorage"), tuple[0]);
        Assert.Same(tuple[0], tuple[1]);
    }

    [Fact]
    public void Truncated_pickle_names_the_source_and_offset()
    {
        byte[] pickle = [0x80, 2, (byte)'X', 10, 0, 0, 0, (byte)'a'];

        var error = Assert.Throws<CheckpointException>(() => Reader.Read(pickle, 0));

        Assert.Equal("test.pkl: file ends inside a pickle (byte 7, 10 more bytes expected); it is truncated or corrupt", error.Message);
    }

    [Fact]
    public void Unknown_opcode_is_reported()
    {
        var error = Assert.Throws<CheckpointException>(() => Reader.Read([0x80, 2, 0xfe], 0));

        Assert.Equal("test.pkl: unsupported pickle opcode 0xfe at byte 2", error.Message);
    }
}
