using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>A refused registration tells each key only what that key may see (issue 10).</summary>
public sealed class InwonerConflictRechtenTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static object Inwoner(string? bsn, string achternaam, string geboortedatum, string postcode, bool nieuwOndanksGelijkenis = false) => new
    {
        voornamen = "Henk",
        achternaam,
        geboortedatum,
        postcode,
        huisnummer = 12,
        woonplaats = "Nijkerk",
        kern = "Nijkerk",
        bsn,
        nieuwOndanksGelijkenis,
    };

    private async Task<string> RegistreerAsync(object inwoner)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/inwoners", inwoner);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    private async Task<long> RefusalsNamingAsync(string id)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        return await connection.ExecuteScalarAsync<long>(
            "select count(*) from audit.verwerking where persoon_id = @id and omschrijving like 'Inwoner geregistreerd%geweigerd%'",
            new { id = Guid.Parse(id) });
    }

    [Fact]
    public async Task Een_sleutel_die_alleen_mag_schrijven_krijgt_409_zonder_kandidaten_en_er_wordt_niemand_als_onthuld_gelogd()
    {
        var bestaande = await RegistreerAsync(Inwoner(null, "Schrijvers", "1948-02-02", "3862 AB"));
        var schrijver = await Factory.ClientMetSleutelAsync([IntakeRechten.InwonersSchrijven]);

        var geweigerd = await schrijver.PostAsJsonAsync("/api/v1/inwoners", Inwoner(null, "Schrijvers", "1948-02-02", "3863 CD"));

        geweigerd.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var body = await geweigerd.Content.ReadAsStringAsync();
        body.Should().NotContain("kandidaten").And.NotContain(bestaande).And.NotContain("Henk");
        (await JsonAsync(geweigerd)).GetProperty("detail").GetString().Should().Contain("leesrechten");
        (await RefusalsNamingAsync(bestaande)).Should().Be(0, "nobody was named to the writer");
        var toch = await schrijver.PostAsJsonAsync("/api/v1/inwoners", Inwoner(null, "Schrijvers", "1948-02-02", "3863 CD", nieuwOndanksGelijkenis: true));
        toch.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Een_sleutel_die_alleen_mag_schrijven_krijgt_bij_een_bekend_bsn_409_zonder_bestaande_id()
    {
        var bestaande = await RegistreerAsync(Inwoner("100000034", "Orakel", "1950-05-05", "3864 EF"));
        var schrijver = await Factory.ClientMetSleutelAsync([IntakeRechten.InwonersSchrijven]);

        var geweigerd = await schrijver.PostAsJsonAsync("/api/v1/inwoners", Inwoner("100000034", "Anders", "1990-09-09", "3865 GH", nieuwOndanksGelijkenis: true));

        geweigerd.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var body = await geweigerd.Content.ReadAsStringAsync();
        body.Should().NotContain("bestaandeId").And.NotContain(bestaande).And.NotContain("100000034");
        (await JsonAsync(geweigerd)).GetProperty("detail").GetString().Should().Be("Er is al een inwoner met dit BSN geregistreerd.");
        (await RefusalsNamingAsync(bestaande)).Should().Be(0, "nobody was named to the writer");
    }

    [Fact]
    public async Task Met_leesrecht_komen_de_kandidaten_mee_maar_de_bestaande_id_van_een_bsn_pas_met_bsn_inzien()
    {
        var gelijkend = await RegistreerAsync(Inwoner(null, "Lezers", "1952-03-03", "3866 AB"));
        var metBsn = await RegistreerAsync(Inwoner("100000010", "Bsnbekend", "1953-04-04", "3867 CD"));
        var lezer = await Factory.ClientMetSleutelAsync([IntakeRechten.InwonersSchrijven, IntakeRechten.InwonersLezen]);
        var bsnInzage = await Factory.ClientMetSleutelAsync([IntakeRechten.InwonersSchrijven, IntakeRechten.InwonersLezen, IntakeRechten.BsnInzien]);

        var kandidaten = await lezer.PostAsJsonAsync("/api/v1/inwoners", Inwoner(null, "Lezers", "1952-03-03", "3868 EF"));
        var bsnZonderInzage = await lezer.PostAsJsonAsync("/api/v1/inwoners", Inwoner("100000010", "Anders", "1991-01-01", "3869 GH", nieuwOndanksGelijkenis: true));
        var bsnMetInzage = await bsnInzage.PostAsJsonAsync("/api/v1/inwoners", Inwoner("100000010", "Anders", "1991-01-01", "3869 GH", nieuwOndanksGelijkenis: true));

        kandidaten.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(kandidaten)).GetProperty("kandidaten").EnumerateArray().Select(k => k.GetProperty("id").GetString()).Should().Equal(gelijkend);
        (await RefusalsNamingAsync(gelijkend)).Should().Be(1);
        bsnZonderInzage.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(bsnZonderInzage)).TryGetProperty("bestaandeId", out _).Should().BeFalse();
        (await RefusalsNamingAsync(metBsn)).Should().Be(1, "only the refusal to the key with bsn-inzien named him");
        bsnMetInzage.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(bsnMetInzage)).GetProperty("bestaandeId").GetString().Should().Be(metBsn);
    }

    [Fact]
    public async Task De_volle_sleutel_krijgt_kandidaten_en_de_bestaande_id()
    {
        var bestaande = await RegistreerAsync(Inwoner("100000022", "Volledig", "1954-06-06", "3871 AB"));

        var kandidaten = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(null, "Volledig", "1954-06-06", "3872 CD"));
        var bsn = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("100000022", "Anders", "1992-02-02", "3873 EF", nieuwOndanksGelijkenis: true));

        (await JsonAsync(kandidaten)).GetProperty("kandidaten")[0].GetProperty("id").GetString().Should().Be(bestaande);
        (await JsonAsync(bsn)).GetProperty("bestaandeId").GetString().Should().Be(bestaande);
    }
}
