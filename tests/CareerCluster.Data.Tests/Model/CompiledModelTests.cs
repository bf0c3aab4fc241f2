using System.Text;
using CareerCluster.Data.CompiledModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerCluster.Data.Tests.Model;

/// <summary>
/// The app starts on the compiled model in CompiledModels/ (building the model at start-up costs about a
/// third of a second). This fails when the entities or OnModelCreating change and the compiled model was
/// not regenerated; CompiledModels/README.md has the command.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_compiled_model_matches_the_model_built_from_the_entities()
    {
        using var db = new CareersDbContext(new DbContextOptionsBuilder<CareersDbContext>().UseSqlite("Data Source=:memory:").Options);

        var builtFromCode = db.GetService<IDesignTimeModel>().Model;

        Assert.IsType<CareersDbContextModel>(db.Model);
        Assert.Equal(Describe(builtFromCode), Describe(db.Model));
    }

    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"{entity.Name} table={entity.GetTableName()} json={entity.GetContainerColumnName()} owned={entity.IsOwned()}");
            foreach (var property in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  {property.Name}: {property.ClrType.Name} null={property.IsNullable} column={property.GetColumnName()} json={property.GetJsonPropertyName()} shadow={property.IsShadowProperty()}");
            }

            foreach (var key in entity.GetKeys())
            {
                text.AppendLine($"  key {string.Join(",", key.Properties.Select(p => p.Name))} primary={key.IsPrimaryKey()}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                text.AppendLine($"  fk {string.Join(",", foreignKey.Properties.Select(p => p.Name))} -> {foreignKey.PrincipalEntityType.Name} delete={foreignKey.DeleteBehavior} ownership={foreignKey.IsOwnership}");
            }

            foreach (var index in entity.GetIndexes())
            {
                text.AppendLine($"  index {string.Join(",", index.Properties.Select(p => p.Name))} unique={index.IsUnique}");
            }

            foreach (var navigation in entity.GetNavigations().OrderBy(n => n.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  nav {navigation.Name} -> {navigation.TargetEntityType.Name} collection={navigation.IsCollection}");
            }
        }

        return text.ToString();
    }
}
