using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;
using Dapper;
using Npgsql;

namespace Nijkerk.SociaalDomein.Intake.Tests;

/// <summary>
/// The audit row is part of the change it records: when the command's connection is killed before its commit,
/// neither the change nor its row is there; when nothing is killed, both are.
/// </summary>
public sealed class AuditInDeTransactieTests(AuditInDeTransactieTests.Fixture fixture) : IClassFixture<AuditInDeTransactieTests.Fixture>
{
    public enum Moment
    {
        Geen,
        NaDeHandelingVoorDeAudit,
        NaDeAuditVoorDeCommit,

        /// <summary>A closing write after the audit row fails, in the batch that ends with the COMMIT (ADR 0024).</summary>
        FoutInDeAfsluitendeBatch,
    }

    [Theory]
    [InlineData(Moment.NaDeHandelingVoorDeAudit)]
    [InlineData(Moment.NaDeAuditVoorDeCommit)]
    [InlineData(Moment.FoutInDeAfsluitendeBatch)]
    public async Task Een_verbroken_verbinding_voor_de_commit_laat_geen_wijziging_en_geen_auditregel_achter(Moment moment)
    {
        var achternaam = "Verbroken" + moment;
        // Its own actor, so every audit row this command could have written is found, whichever person it names.
        var actor = TestActors.AlleRechten with { Id = "verbreker-" + moment };
        var vorige = fixture.Actor;
        fixture.Actor = actor;
        fixture.Verbreek = moment;
        try
        {
            var registreer = () => fixture.SendAsync(Registratie(achternaam));
            await registreer.Should().ThrowAsync<Exception>();
        }
        finally
        {
            fixture.Verbreek = Moment.Geen;
            fixture.Actor = vorige;
        }

        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where achternaam = @achternaam", new { achternaam })).Should().Be(0);
        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where actor_id = @Id", new { actor.Id })).Should().Be(0);

        // The pooled connections are whole again: the next command commits.
        var daarna = await fixture.SendAsync(Registratie(achternaam + "Daarna"));
        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where id = @daarna", new { daarna })).Should().Be(1);
    }

    [Fact]
    public async Task Zonder_verbreking_staan_de_wijziging_en_haar_auditregel_er_allebei()
    {
        const string achternaam = "Onverbroken";

        var id = await fixture.SendAsync(Registratie(achternaam));

        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where id = @id", new { id })).Should().Be(1);
        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where persoon_id = @id", new { id })).Should().Be(1);
    }

    [Fact]
    public async Task Een_weigering_die_een_bestaande_inwoner_noemt_staat_in_het_log()
    {
        var bestaande = await fixture.SendAsync(Registratie("Gelijkend"));

        var nogEens = () => fixture.SendAsync(Registratie("Gelijkend"));

        (await nogEens.Should().ThrowAsync<ConflictException>()).Which.OnthuldePersonen.Should().Equal(bestaande);
        (await fixture.ScalarAsync<long>(
            "select count(*) from audit.verwerking where persoon_id = @bestaande and omschrijving like 'Inwoner geregistreerd%geweigerd%'",
            new { bestaande })).Should().Be(1, "the refusal named him to whoever registered the look-alike");
    }

    [Fact]
    public async Task Het_inzien_van_een_inwoner_schrijft_zijn_auditregel_precies_een_keer()
    {
        var id = await fixture.SendAsync(Registratie("Ingezien"));
        var actor = TestActors.AlleRechten with { Id = "inziener" };

        var inwoner = await AlsAsync(actor, () => fixture.SendAsync(new GeefInwoner.Query(id)));

        inwoner.Achternaam.Should().Be("Ingezien");
        (await fixture.ScalarAsync<long>(
            "select count(*) from audit.verwerking where actor_id = @Actor and persoon_id = @id and handeling like '%GeefInwoner%'", new { Actor = actor.Id, id }))
            .Should().Be(1, "the row goes in the read's own batch, and the behaviour writes none besides");
    }

    [Fact]
    public async Task Een_inzage_waarvan_de_auditregel_niet_geschreven_kan_worden_geeft_geen_gegevens()
    {
        var id = await fixture.SendAsync(Registratie("Onvastgelegd"));
        var actor = TestActors.AlleRechten with { Id = "onvastgelegd" };
        // The audit log refuses this actor's rows, as a full disk or a broken audit table would refuse every row.
        await fixture.ScalarAsync<object>(
            """
            create function audit.weiger_voor_test() returns trigger language plpgsql as
            $$ begin raise exception 'auditlog weigert'; end $$;
            create trigger weiger_voor_test before insert on audit.verwerking
                for each row when (new.actor_id = 'onvastgelegd') execute function audit.weiger_voor_test();
            """);
        try
        {
            var inzien = () => AlsAsync(actor, () => fixture.SendAsync(new GeefInwoner.Query(id)));

            (await inzien.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Be("auditlog weigert");
        }
        finally
        {
            await fixture.ScalarAsync<object>("drop trigger weiger_voor_test on audit.verwerking; drop function audit.weiger_voor_test()");
        }

        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where actor_id = @Id", new { actor.Id })).Should().Be(0);
    }

    [Fact]
    public async Task Wie_een_onbekende_inwoner_opvraagt_krijgt_404_en_er_wordt_niemand_als_ingezien_vastgelegd()
    {
        var onbekend = Guid.CreateVersion7();

        var inzien = () => fixture.SendAsync(new GeefInwoner.Query(onbekend));

        await inzien.Should().ThrowAsync<NietGevondenException>();
        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where persoon_id = @onbekend", new { onbekend })).Should().Be(0);
    }

    private async Task<T> AlsAsync<T>(BuildingBlocks.Toegang.Actor actor, Func<Task<T>> verzoek)
    {
        var vorige = fixture.Actor;
        fixture.Actor = actor;
        try
        {
            return await verzoek();
        }
        finally
        {
            fixture.Actor = vorige;
        }
    }

    private static RegistreerInwoner.Command Registratie(string achternaam) =>
        new() { Voornamen = "Test", Achternaam = achternaam, Geboortedatum = new DateOnly(1961, 6, 1) };

    /// <summary>The slice fixture with a step that kills the command's own connection at a chosen moment.</summary>
    public sealed class Fixture : SliceFixture
    {
        public Moment Verbreek { get; set; }

        protected override void Configure(IServiceCollection services)
        {
            services.AddSingleton(this);
            // Outermost first: the transaction, then this step, then the audit; the last one runs just around the handler.
            var audit = services.Select((d, i) => (d, i)).Single(x => x.d.ImplementationType == typeof(AuditBehavior<,>)).i;
            services.Insert(audit, ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(Verbreker<,>)));
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(VerbrekerRondDeHandeling<,>));
        }
    }

    private sealed class Verbreker<TRequest, TResponse>(Fixture fixture, CommandSession session, AdminDataSource admin)
        : IPipelineBehavior<TRequest, TResponse>
    {
        public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
        {
            var response = await next();
            if (fixture.Verbreek == Moment.NaDeAuditVoorDeCommit && request is ICommand<TResponse>)
            {
                await KillAsync(admin, session);
            }

            if (fixture.Verbreek == Moment.FoutInDeAfsluitendeBatch && request is ICommand<TResponse>)
            {
                // After the change's rows and its audit row, before the COMMIT that ends the same batch.
                session.BijAfsluiten("select 1 / 0");
            }

            return response;
        }
    }

    private sealed class VerbrekerRondDeHandeling<TRequest, TResponse>(Fixture fixture, CommandSession session, AdminDataSource admin)
        : IPipelineBehavior<TRequest, TResponse>
    {
        public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
        {
            var response = await next();
            if (fixture.Verbreek == Moment.NaDeHandelingVoorDeAudit && request is ICommand<TResponse>)
            {
                await KillAsync(admin, session);
            }

            return response;
        }
    }

    // As a crash or a dropped client would: the server ends the backend; the wait makes sure it is gone.
    private static async Task KillAsync(AdminDataSource admin, CommandSession session)
    {
        await using var connection = await admin.DataSource.OpenConnectionAsync();
        (await connection.ExecuteScalarAsync<bool>("select pg_terminate_backend(@pid, 5000)", new { pid = session.Connection.ProcessID }))
            .Should().BeTrue();
    }
}
