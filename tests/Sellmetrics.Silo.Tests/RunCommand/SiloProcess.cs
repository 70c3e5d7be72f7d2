using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Sellmetrics.Testing;

namespace Sellmetrics.Silo.Tests.RunCommand;

/// <summary>
/// The real Sellmetrics executable started the way the README says (<c>dotnet run --project
/// silo/Sellmetrics.Silo</c>, without a rebuild), in a working folder of the test's choosing and
/// with nothing configured but free ports.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static SiloProcess Start(string workingDirectory)
    {
        var configuration = typeof(SiloProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["run", "--no-build", "-c", configuration, "--project", Path.Combine(RepositoryRoot.Path, "silo", "Sellmetrics.Silo"), "--", "--urls", baseAddress.ToString()])
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Remove("ConnectionStrings__Sellmetrics");
        startInfo.Environment["Orleans__SiloPort"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["Orleans__GatewayPort"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["Orleans__AdvertisedIPAddress"] = IPAddress.Loopback.ToString();
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        return new SiloProcess(Process.Start(startInfo)!, baseAddress);
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200 and returns how long that took.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        await Eventually.ReturnsAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Sellmetrics exited with code {_process.ExitCode}:\n{Output}");
                }

                try
                {
                    using var response = await http.GetAsync("/health/ready", cancellationToken);
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // Not listening yet.
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return false; // Listening but too busy to answer within the probe's own timeout: asked again.
                }
            },
            ready => ready, timeout, _ => $"Sellmetrics was not ready within {timeout}:\n{Output}", cancellationToken);
        return clock.Elapsed;
    }

    /// <summary>Asks the process to stop as an orchestrator would (SIGTERM) and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
