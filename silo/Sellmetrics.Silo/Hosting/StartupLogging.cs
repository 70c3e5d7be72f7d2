namespace Sellmetrics.Silo.Hosting;

public static class StartupLogging
{
    /// <summary>Console logging for what happens before the host exists (starting the database), with the host's filters.</summary>
    public static ILoggerFactory Create(IConfiguration configuration) =>
        LoggerFactory.Create(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true));
}
