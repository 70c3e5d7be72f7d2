# syntax=docker/dockerfile:1

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Node.js for the npm ci that Sellmetrics.Web's build runs (Chart.js and the SignalR client into wwwroot/lib).
# The 10.0 tags are Ubuntu 24.04, so these are Ubuntu's nodejs/npm packages.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore in its own layer: it reruns only when build files or project files change.
# List a new non-test project's csproj here too (COPY cannot keep folders from a glob).
# tests/ is left out of the build context: the silo does not reference it.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY data/Sellmetrics.Data/Sellmetrics.Data.csproj data/Sellmetrics.Data/
COPY grains/Sellmetrics.Grains.Abstractions/Sellmetrics.Grains.Abstractions.csproj grains/Sellmetrics.Grains.Abstractions/
COPY grains/Sellmetrics.Grains/Sellmetrics.Grains.csproj grains/Sellmetrics.Grains/
COPY web/Sellmetrics.Web/Sellmetrics.Web.csproj web/Sellmetrics.Web/
COPY silo/Sellmetrics.Silo/Sellmetrics.Silo.csproj silo/Sellmetrics.Silo/
COPY security/Sellmetrics.Security/Sellmetrics.Security.csproj security/Sellmetrics.Security/
COPY marketplaces/Sellmetrics.Marketplaces/Sellmetrics.Marketplaces.csproj marketplaces/Sellmetrics.Marketplaces/
COPY marketplaces/Sellmetrics.Sandbox/Sellmetrics.Sandbox.csproj marketplaces/Sellmetrics.Sandbox/
COPY profit/Sellmetrics.Profit/Sellmetrics.Profit.csproj profit/Sellmetrics.Profit/
COPY listings/Sellmetrics.Listings/Sellmetrics.Listings.csproj listings/Sellmetrics.Listings/
COPY alerts/Sellmetrics.Alerts/Sellmetrics.Alerts.csproj alerts/Sellmetrics.Alerts/
COPY facts/Sellmetrics.Facts/Sellmetrics.Facts.csproj facts/Sellmetrics.Facts/
COPY rules/Sellmetrics.Rules/Sellmetrics.Rules.csproj rules/Sellmetrics.Rules/
COPY mappers/Sellmetrics.Mappers/Sellmetrics.Mappers.csproj mappers/Sellmetrics.Mappers/
RUN dotnet restore silo/Sellmetrics.Silo/Sellmetrics.Silo.csproj

# .dockerignore keeps host bin/ and obj/ out, so the restore above survives this copy.
COPY . .
RUN dotnet publish silo/Sellmetrics.Silo -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .

# This image has no PostgreSQL server programs, so the embedded-database fallback cannot start:
# always pass ConnectionStrings__Sellmetrics. A platform's PORT, when set, replaces 8080.
ENV ASPNETCORE_HTTP_PORTS=8080
# HTTP, silo-to-silo, Orleans gateway.
EXPOSE 8080 11111 30000
# No HEALTHCHECK: the image has no curl or wget. Orchestrators probe /health/live and /health/ready.
USER $APP_UID
ENTRYPOINT ["dotnet", "Sellmetrics.Silo.dll"]
