using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>Keeps the Data Protection key ring in the database, so every host instance reads the same cookies.</summary>
internal sealed class DataProtectionSleutels(ModuleDb<ToegangModule> db) : IXmlRepository
{
    // Data Protection calls this interface synchronously, at start-up and when it rotates a key.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = db.DataSource.OpenConnection();
        return [.. connection.Query<string>("select xml from toegang.data_protection_sleutel order by id").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = db.DataSource.OpenConnection();
        connection.Execute(
            "insert into toegang.data_protection_sleutel (naam, xml) values (@friendlyName, @xml)",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
