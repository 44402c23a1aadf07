using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>Recording that the invitation went to the inwoner: when and how, refused in Dutch when the input is wrong.</summary>
public sealed class UitnodigingVerzendingApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Een_verzending_wordt_vastgelegd_en_onbekende_invoer_geeft_400_in_het_nederlands_zonder_iets_te_schrijven()
    {
        var id = await DoorgezetAsync("Mijn man is overleden en ik weet niet waar ik moet beginnen");
        var adres = $"/api/v1/vraagverhelderingen/{id}/uitnodiging/verzendingen";

        var fout = await Client.PostAsJsonAsync(adres, new { verzondenOp = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), wijze = "postduif" });
        var leeg = await Client.PostAsJsonAsync(adres, new { });
        var onbekend = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{Guid.NewGuid()}/uitnodiging/verzendingen",
            new { verzondenOp = DateOnly.FromDateTime(DateTime.UtcNow), wijze = "post" });

        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        fout.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = (await JsonAsync(fout)).GetProperty("errors");
        errors.GetProperty("wijze")[0].GetString().Should().StartWith("Onbekende manier");
        errors.GetProperty("verzondenOp")[0].GetString().Should().Be("De datum mag niet in de toekomst liggen.");
        (await JsonAsync(leeg)).GetProperty("errors").GetProperty("verzondenOp")[0].GetString().Should().StartWith("Vul de datum in");
        onbekend.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await AantalAsync(id)).Should().Be(0);

        var goed = await Client.PostAsJsonAsync(adres, new { verzondenOp = DateOnly.FromDateTime(DateTime.UtcNow), wijze = "e-mail" });

        goed.StatusCode.Should().Be(HttpStatusCode.Created, await goed.Content.ReadAsStringAsync());
        (await AantalAsync(id)).Should().Be(1);
        var detail = await JsonAsync(await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}"));
        detail.GetProperty("behandelaar").GetString().Should().NotBeNullOrEmpty("whoever records on it has taken it");
    }

    private async Task<long> AantalAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        return await connection.ExecuteScalarAsync<long>("select count(*) from vraagverheldering.uitnodiging_verzonden where vraagverheldering_id = @id", new { id });
    }

    private async Task<Guid> DoorgezetAsync(string vraag)
    {
        var route = new VraagRoute(Client);
        return await route.DoorgezetAsync(await route.InwonerAsync("Truus", "Bakker"), vraag);
    }
}
