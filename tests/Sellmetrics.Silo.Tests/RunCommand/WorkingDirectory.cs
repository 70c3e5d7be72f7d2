namespace Sellmetrics.Silo.Tests.RunCommand;

/// <summary>A fresh empty folder for one run-command test to start Sellmetrics in (its <c>.data</c> lands there), removed afterwards.</summary>
internal sealed class WorkingDirectory : IDisposable
{
    public WorkingDirectory(string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sellmetrics-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DataFile(params string[] parts) => System.IO.Path.Combine([Path, ".data", .. parts]);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
