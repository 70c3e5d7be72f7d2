using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sellmetrics.Web.Health;

[JsonSerializable(typeof(HealthResponse))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
