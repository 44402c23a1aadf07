using System.Net;
using System.Net.Http.Json;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang.Beheer;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>A partner's key reaches its own aanmeldingen through the API and nothing more (ADR 0014).</summary>
public sealed class PartnerSleutelTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static readonly object Aanmelding = new
    {
        kanaal = "website-formulier", bron = "voorliggend-veld", vraag = "Signaal over een gezin", urgentie = "normaal",
        inwonerOpDeHoogte = true, inwonerStemtIn = true,
    };

    [Fact]
    public async Task Een_partner_leest_en_wijzigt_de_aanmelding_van_een_andere_organisatie_niet()
    {
        var scopes = new[] { IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen, IntakeRechten.AanmeldingenBehandelen };
        var sigma = await Factory.ClientMetSleutelAsync(scopes, "Sigma");
        var mee = await Factory.ClientMetSleutelAsync(scopes, "MEE Veluwe");
        var vanSigma = (await JsonAsync(await sigma.PostAsJsonAsync("/api/v1/aanmeldingen", Aanmelding))).GetProperty("id").GetGuid();

        var contactmoment = await mee.PostAsJsonAsync($"/api/v1/aanmeldingen/{vanSigma}/contactmomenten", new { kanaal = "telefoon" });
        var terugbellen = await mee.PostAsJsonAsync(
            $"/api/v1/aanmeldingen/{vanSigma}/terugbelverzoeken", new { medewerker = "loket", telefoonnummer = "0331234567" });

        contactmoment.StatusCode.Should().Be(HttpStatusCode.NotFound);
        terugbellen.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var zelf = await JsonAsync(await sigma.GetAsync($"/api/v1/aanmeldingen/{vanSigma}"));
        zelf.GetProperty("contactmomenten").GetArrayLength().Should().Be(1);
        zelf.GetProperty("terugbelverzoeken").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Een_partnersleutel_met_inwonerscopes_in_de_database_krijgt_ze_bij_het_aanmelden_niet()
    {
        var sleutel = await Factory.MaakSleutelAsync([IntakeRechten.AanmeldingenLezen], "Gamma");
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            // As if someone changed the row by hand, past the creation check.
            await connection.ExecuteAsync(
                "update toegang.api_client set scopes = @scopes where organisatie = 'Gamma'",
                new { scopes = new[] { IntakeRechten.AanmeldingenLezen, IntakeRechten.InwonersLezen, IntakeRechten.BsnInzien } });
        }

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, sleutel);

        (await client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { achternaam = "Visser" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(IntakeRechten.InwonersLezen)]
    [InlineData(IntakeRechten.InwonersSchrijven)]
    [InlineData(IntakeRechten.BsnInzien)]
    [InlineData(VraagverhelderingRechten.Lezen)]
    [InlineData(RegieRechten.PlannenLezen)]
    public async Task Een_partnersleutel_met_een_scope_voor_de_gemeente_wordt_niet_uitgegeven(string scope)
    {
        await using var scope_ = Factory.Services.CreateAsyncScope();
        scope_.ServiceProvider.GetRequiredService<ActorContext>().Huidig = TestActors.AlleRechten;

        var maak = () => scope_.ServiceProvider.GetRequiredService<IMediator>().Send(
            new BeheerApiSleutels.Maak("Partnerportaal", [IntakeRechten.AanmeldingenLezen, scope], "Sigma"));

        (await maak.Should().ThrowAsync<ValidationException>()).Which.Errors.Should().ContainSingle()
            .Which.ErrorMessage.Should().StartWith($"Een sleutel van een partnerorganisatie kan '{scope}' niet krijgen");
    }

    [Fact]
    public async Task Een_gemeentelijke_sleutel_mag_inwonerscopes_wel_krijgen()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = TestActors.AlleRechten;

        var sleutel = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new BeheerApiSleutels.Maak("Zaaksysteem", [IntakeRechten.InwonersLezen], null));

        sleutel.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Een_api_sleutel_opent_geen_pagina()
    {
        var sleutel = await Factory.MaakSleutelAsync(ApiFactory.AlleScopes);
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ApiFactory.Adres, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, sleutel);

        var pagina = await client.GetAsync("/sociale-kaart");
        var api = await client.GetAsync("/api/v1/aanmeldingen");

        pagina.StatusCode.Should().Be(HttpStatusCode.Redirect);
        pagina.Headers.Location!.ToString().Should().Contain("/inloggen");
        api.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
