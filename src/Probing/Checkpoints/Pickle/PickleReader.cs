using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace NeuronOrleans.Probing.Checkpoints.Pickle;

/// <summary>
/// A small unpickler for the subset of pickle protocols 0-5 that torch.save writes, including
/// the Python 2 opcodes of PyTorch 0.2 files. Classes are never instantiated: GLOBAL yields a
/// <see cref="PickleGlobal"/> and REDUCE/NEWOBJ call <paramref name="construct"/>, so a
/// checkpoint cannot run code. Integers become <see cref="long"/> (or <see cref="BigInteger"/>),
/// tuples <c>object?[]</c>, lists <see cref="List{T}"/>, dicts insertion-ordered
/// <see cref="Dictionary{TKey,TValue}"/>.
/// </summary>
public sealed class PickleReader(
    string source,
    Func<PickleGlobal, object?[], object?> construct,
    Func<object?, object?> persistentLoad)
{
    private readonly List<object?> _stack = [];
    private readonly Stack<int> _marks = new();
    private readonly Dictionary<long, object?> _memo = [];
    private byte[] _data = [];
    private int _pos;

    /// <summary>Reads one pickle starting at <paramref name="offset"/>; returns the value and the offset after STOP.</summary>
    public (object? Value, int End) Read(byte[] data, int offset)
    {
        _data = data;
        _pos = offset;
        _stack.Clear();
        _marks.Clear();
        _memo.Clear();
        while (true)
        {
            var at = _pos;
            var op = Byte();
            try
            {
                if (op == '.')
                {
                    return (Pop(), _pos);
                }
                Execute(op);
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidCastException or ArgumentException or FormatException or OverflowException)
            {
                throw Fail($"pickle opcode 0x{op:x2} at byte {at} is malformed ({e.Message})");
            }
        }
    }

    private void Execute(byte op)
    {
        switch (op)
        {
            case 0x80: Byte(); break; // PROTO
            case 0x95: Bytes(8); break; // FRAME: frames are only a buffering hint
            case (byte)'(': _marks.Push(_stack.Count); break;
            case (byte)'0': Pop(); break;
            case (byte)'1': PopMark(); break;
            case (byte)'2': Push(_stack[^1]); break;
            case (byte)'N': Push(null); break;
            case 0x88: Push(true); break;
            case 0x89: Push(false); break;
            case (byte)'I': Push(ParseIntLine(Line())); break;
            case (byte)'J': Push((long)BinaryPrimitives.ReadInt32LittleEndian(Bytes(4))); break;
            case (byte)'K': Push((long)Byte()); break;
            case (byte)'M': Push((long)BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2))); break;
            case (byte)'L': Push(Integer(BigInteger.Parse(Line().TrimEnd('L'), CultureInfo.InvariantCulture))); break;
            case 0x8a: Push(Integer(new BigInteger(Bytes(Byte()), isUnsigned: false, isBigEndian: false))); break;
            case 0x8b: Push(Integer(new BigInteger(Bytes(Length(4)), isUnsigned: false, isBigEndian: false))); break;
            case (byte)'F': Push(double.Parse(Line(), CultureInfo.InvariantCulture)); break;
            case (byte)'G': Push(BinaryPrimitives.ReadDoubleBigEndian(Bytes(8))); break;
            case (byte)'S': Push(Line().Trim('\'', '"')); break;
            // Python 2 str: bytes that are text in every torch.save file, decoded as Latin-1.
            case (byte)'T': Push(Encoding.Latin1.GetString(Bytes(Length(4)))); break;
            case (byte)'U': Push(Encoding.Latin1.GetString(Bytes(Byte()))); break;
            case (byte)'V': Push(Line()); break;
            case (byte)'X': Push(Encoding.UTF8.GetString(Bytes(Length(4)))); break;
            case 0x8c: Push(Encoding.UTF8.GetString(Bytes(Byte()))); break;
            case 0x8d: Push(Encoding.UTF8.GetString(Bytes(Length(8)))); break;
            case (byte)'B': Push(Bytes(Length(4)).ToArray()); break;
            case (byte)'C': Push(Bytes(Byte()).ToArray()); break;
            case 0x8e: Push(Bytes(Length(8)).ToArray()); break;
            case (byte)']': Push(new List<object?>()); break;
            case (byte)'l': Push(new List<object?>(PopMark())); break;
            case (byte)'a': var item = Pop(); ((List<object?>)_stack[^1]!).Add(item); break;
            case (byte)'e': var items = PopMark(); ((List<object?>)_stack[^1]!).AddRange(items); break;
            case (byte)')': Push(Array.Empty<object?>()); break;
            case (byte)'t': Push(PopMark()); break;
            case 0x85: Push(PopN(1)); break;
            case 0x86: Push(PopN(2)); break;
            case 0x87: Push(PopN(3)); break;
            case (byte)'}': Push(new Dictionary<object, object?>()); break;
            case (byte)'d': Push(SetItems(new Dictionary<object, object?>(), PopMark())); break;
            case (byte)'s': var pair = PopN(2); SetItems((Dictionary<object, object?>)_stack[^1]!, pair); break;
            case (byte)'u': var pairs = PopMark(); SetItems((Dictionary<object, object?>)_stack[^1]!, pairs); break;
            case 0x8f: Push(new List<object?>()); break; // EMPTY_SET: a list is enough here
            case 0x90: var added = PopMark(); ((List<object?>)_stack[^1]!).AddRange(added); break;
            case 0x91: Push(new List<object?>(PopMark())); break;
            case (byte)'c': Push(new PickleGlobal(Line(), Line())); break;
            case 0x93: var name = (string)Pop()!; Push(new PickleGlobal((string)Pop()!, name)); break;
            case (byte)'R': var args = (object?[])Pop()!; Push(construct(AsGlobal(Pop()), args)); break;
            case 0x81: var newArgs = (object?[])Pop()!; Push(construct(AsGlobal(Pop()), newArgs)); break;
            case 0x92: Pop(); var exArgs = (object?[])Pop()!; Push(construct(AsGlobal(Pop()), exArgs)); break;
            case (byte)'b': Build(Pop(), _stack[^1]); break;
            case (byte)'p': _memo[long.Parse(Line(), CultureInfo.InvariantCulture)] = _stack[^1]; break;
            case (byte)'q': _memo[Byte()] = _stack[^1]; break;
            case (byte)'r': _memo[Length(4)] = _stack[^1]; break;
            case 0x94: _memo[_memo.Count] = _stack[^1]; break;
            case (byte)'g': Push(Memo(long.Parse(Line(), CultureInfo.InvariantCulture))); break;
            case (byte)'h': Push(Memo(Byte())); break;
            case (byte)'j': Push(Memo(Length(4))); break;
            case (byte)'P': Push(persistentLoad(Line())); break;
            case (byte)'Q': Push(persistentLoad(Pop())); break;
            default: throw Fail($"unsupported pickle opcode 0x{op:x2} at byte {_pos - 1}");
        }
    }

    private static void Build(object? state, object? target)
    {
        // Only opaque objects keep their state; OrderedDict's `_metadata` attribute is not needed.
        if (target is PickleObject obj)
        {
            obj.State = state;
        }
    }

    private static Dictionary<object, object?> SetItems(Dictionary<object, object?> dict, object?[] pairs)
    {
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            dict[pairs[i] ?? throw new InvalidOperationException("a dict key is None")] = pairs[i + 1];
        }
        return dict;
    }

    private static object Integer(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : value;

    private static object ParseIntLine(string line) => line switch
    {
        "00" => false,
        "01" => true,
        _ => long.Parse(line, CultureInfo.InvariantCulture),
    };

    private PickleGlobal AsGlobal(object? callable) =>
        callable as PickleGlobal ?? throw Fail($"cannot call an object of type {callable?.GetType().Name ?? "None"}");

    private object? Memo(long key) =>
        _memo.TryGetValue(key, out var value) ? value : throw Fail($"memo entry {key} is read before it is written");

    private void Push(object? value) => _stack.Add(value);

    private object? Pop()
    {
        if (_stack.Count == 0 || (_marks.Count > 0 && _marks.Peek() == _stack.Count))
        {
            throw Fail($"pickle stack underflow at byte {_pos - 1}");
        }
        var value = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return value;
    }

    private object?[] PopN(int count)
    {
        var values = new object?[count];
        for (var i = count - 1; i >= 0; i--)
        {
            values[i] = Pop();
        }
        return values;
    }

    private object?[] PopMark()
    {
        if (_marks.Count == 0)
        {
            throw Fail($"pickle MARK missing at byte {_pos - 1}");
        }
        var start = _marks.Pop();
        var values = _stack.GetRange(start, _stack.Count - start).ToArray();
        _stack.RemoveRange(start, _stack.Count - start);
        return values;
    }

    private byte Byte() => Bytes(1)[0];

    private int Length(int width)
    {
        var length = width == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4)) : BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8));
        return length <= int.MaxValue ? (int)length : throw Fail($"pickle length {length} at byte {_pos} is too large");
    }

    private ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || _pos + count > _data.Length)
        {
            throw Fail($"file ends inside a pickle (byte {_pos}, {count} more bytes expected); it is truncated or corrupt");
        }
        var span = _data.AsSpan(_pos, count);
        _pos += count;
        return span;
    }

    private string Line()
    {
        var end = Array.IndexOf(_data, (byte)'\n', _pos);
        if (end < 0)
        {
            throw Fail($"file ends inside a pickle text field (byte {_pos}); it is truncated or corrupt");
        }
        var text = Encoding.UTF8.GetString(_data, _pos, end - _pos);
        _pos = end + 1;
        return text;
    }

    private CheckpointException Fail(string problem) => new($"{source}: {problem}");
}
