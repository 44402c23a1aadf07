using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Testing;
using Nijkerk.SociaalDomein.Vraagverheldering.Eerst;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>
/// Two modules listen to AanmeldingDoorgezet: Vraagverheldering, and a module whose handler takes its time. Each
/// handler's queue is worked on its own, at the same time: the slow one never holds the other module's events back.
/// </summary>
public sealed class TraagOntvangerTests(TraagOntvangerTests.Fixture fixture) : IClassFixture<TraagOntvangerTests.Fixture>
{
    [Fact]
    public async Task Een_trage_ontvanger_houdt_de_andere_module_niet_op()
    {
        var aanmelding = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Vraag terwijl een andere module traag is");
        var afleveren = fixture.DispatchOutboxesAsync();
        try
        {
            var tot = DateTime.UtcNow.AddSeconds(20);
            while ((await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Count == 0)
            {
                DateTime.UtcNow.Should().BeBefore(tot, "vraagverheldering gets the event while the slow module still works on its own");
                afleveren.IsCompleted.Should().BeFalse("the slow handler holds its delivery until it is let go");
                await Task.Delay(50);
            }

            fixture.Poort.Begonnen.Task.IsCompleted.Should().BeTrue("the slow handler had its delivery at the same time");
        }
        finally
        {
            fixture.Poort.Los.TrySetResult();
        }

        await afleveren;
        (await fixture.ScalarAsync<string>(
            """
            select a.status from intake.aflevering a join intake.outbox o on o.id = a.event_id
            where o.payload->>'aanmeldingId' = @id and o.type like '%AanmeldingDoorgezet' and a.handler = @handler
            """,
            new { id = aanmelding.ToString(), handler = typeof(TraagOntvanger).FullName })).Should().Be("afgeleverd");
    }

    public sealed class Fixture : SliceFixture
    {
        internal Poort Poort { get; } = new();

        protected override void Configure(IServiceCollection services)
        {
            services.AddSingleton(Poort);
            services.AddScoped<INotificationHandler<AanmeldingDoorgezet>, TraagOntvanger>();
        }
    }
}

/// <summary>Opened by the test: the slow handler waits at it.</summary>
internal sealed class Poort
{
    public TaskCompletionSource Begonnen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Los { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
