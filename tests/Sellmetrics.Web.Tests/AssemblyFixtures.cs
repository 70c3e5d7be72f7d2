using Sellmetrics.Testing;

[assembly: AssemblyFixture(typeof(TestPostgres))]
