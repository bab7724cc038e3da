using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Marsad.Model;

/// <summary>
/// The contract's names of a closed set, one for each member in the enum's order (members numbered 0, 1, … as
/// declared): the one table behind each <c>Name</c> and <c>TryParse</c> of <see cref="PloverTypes"/>,
/// <see cref="EntityTypes"/> and the others, so that a set's class is its list of names.
/// </summary>
internal sealed class ContractNames<T>
    where T : struct, Enum
{
    private readonly string[] _names;

    public ContractNames(string[] names)
    {
        // Name indexes the table by the member's int value: a table of another length, or an enum of another
        // size, would misname members rather than fail.
        if (Unsafe.SizeOf<T>() != sizeof(int) || names.Length != Enum.GetValues<T>().Length)
        {
            throw new ArgumentException($"{typeof(T).Name} needs one name for each of its members", nameof(names));
        }

        _names = names;
    }

    /// <summary>Every member, in the enum's order.</summary>
    public ImmutableArray<T> All { get; } = [.. Enum.GetValues<T>()];

    public string Name(T value) => _names[Unsafe.As<T, int>(ref value)];

    public bool TryParse(string? name, out T value)
    {
        var i = name is null ? -1 : Array.IndexOf(_names, name);
        var index = Math.Max(i, 0);
        value = Unsafe.As<int, T>(ref index);
        return i >= 0;
    }

    /// <summary>The names in ordinal order, for a message that lists what a reader takes.</summary>
    public string Listed() => string.Join(", ", _names.Order(StringComparer.Ordinal));
}
