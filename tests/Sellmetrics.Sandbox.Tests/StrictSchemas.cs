using NJsonSchema;

namespace Sellmetrics.Sandbox.Tests;

/// <summary>Forbids properties a model does not declare, wherever the model lists properties and says nothing else.</summary>
public static class StrictSchemas
{
    public static void Apply(JsonSchema root) => Visit(root, new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance));

    private static void Visit(JsonSchema? schema, HashSet<JsonSchema> seen)
    {
        if (schema is null || !seen.Add(schema))
        {
            return;
        }

        if (schema.Properties.Count > 0 && schema.AdditionalPropertiesSchema is null && schema.AllOf.Count == 0)
        {
            schema.AllowAdditionalProperties = false;
        }

        Visit(schema.Reference, seen);
        Visit(schema.Item, seen);
        Visit(schema.AdditionalPropertiesSchema, seen);
        foreach (var child in schema.Properties.Values.Cast<JsonSchema>()
            .Concat(schema.Items).Concat(schema.AllOf).Concat(schema.AnyOf).Concat(schema.OneOf).Concat(schema.Definitions.Values))
        {
            Visit(child, seen);
        }
    }
}
