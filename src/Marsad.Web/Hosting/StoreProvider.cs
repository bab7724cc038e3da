using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Web.Hosting;

/// <summary>
/// Opens the store for one request. A <see cref="SqliteStore"/> is one connection used from one thread, so
/// each request has its own; SQLite in WAL mode lets them read while one writes.
/// </summary>
internal sealed class StoreProvider(string path)
{
    public string Path { get; } = path;

    public IStore Open() => SqliteStore.Open(Path);
}
