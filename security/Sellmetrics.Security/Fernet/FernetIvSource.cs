namespace Sellmetrics.Security.Fernet;

/// <summary>Fills the 16-byte IV of a new token; only tests replace the default random source.</summary>
public delegate void FernetIvSource(Span<byte> iv);
