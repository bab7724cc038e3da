namespace Marsad.Storage;

/// <summary>The store cannot be used as asked (a file of a newer schema, a path that is not a store).</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
