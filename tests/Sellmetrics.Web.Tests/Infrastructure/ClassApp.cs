using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>An app of one test class alone, for tests that move its business clock or count what the whole app holds.</summary>
public class ClassApp(TestPostgres postgres) : SharedApp(postgres)
{
    protected override bool OwnedByClass => true;
}
