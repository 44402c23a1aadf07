// The route of an integrator, typed only by what the served document says (generated/api.ts): register an inwoner,
// an aanmelding for that inwoner, hand it on to vraagverheldering, and see the vraagverheldering open in the overzicht.
// Every body and response below is checked by tsc against the document; every value is checked here against the host.
// The last line printed is what was made, as JSON, for TypedClientTests to check on its own.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { paths } from "../generated/api.js";

// Types by path and method, not by schema name: the names may change between versions (a MINOR change), the routes not.
type Verzoek<O> = O extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type Overzicht = NonNullable<Awaited<ReturnType<typeof geefOverzicht>>["data"]>;

const client = createClient<paths>({
  baseUrl: new URL("/api/v1", omgeving("NSD_API_ADRES")).toString(),
  headers: { "X-Api-Key": omgeving("NSD_API_SLEUTEL") },
});

const inwonerVerzoek = {
  voornamen: "Fatima",
  achternaam: "El Amrani",
  geboortedatum: "1961-04-12",
  straat: "Frieswijkstraat",
  huisnummer: 14,
  postcode: "3861 BK",
  woonplaats: "Nijkerk",
  kern: "Nijkerk",
  telefoon: "033 245 67 89",
  voorkeurskanaal: "telefoon",
} satisfies Verzoek<paths["/inwoners"]["post"]>;
const inwoner = geslaagd("registreer inwoner", 201, await client.POST("/inwoners", { body: inwonerVerzoek }));
const inwonerId = aanwezig("id van de inwoner", inwoner.id);

const aanmeldingVerzoek = {
  kanaal: "telefoon",
  bron: "inwoner-zelf",
  vraag: "Sinds mijn man overleed lukt het huishouden en de post niet meer.",
  inwonerId,
  urgentie: "normaal",
  onderwerpen: ["instrumentele-adl", "financien"],
  transparantieGegeven: true,
} satisfies Verzoek<paths["/aanmeldingen"]["post"]>;
const aangemaakt = geslaagd("registreer aanmelding", 201, await client.POST("/aanmeldingen", { body: aanmeldingVerzoek }));
const aanmeldingId = aanwezig("id van de aanmelding", aangemaakt.id);

const open = geslaagd("geef aanmelding", 200, await client.GET("/aanmeldingen/{id}", { params: { path: { id: aanmeldingId } } }));
assert.equal(open.status, "open");
assert.equal(open.inwonerId, inwonerId);
assert.equal(open.kanaal, aanmeldingVerzoek.kanaal);
assert.equal(open.doorgezetOp, null);

const doorzetting = geslaagd(
  "zet aanmelding door",
  201,
  await client.POST("/aanmeldingen/{id}/doorzetting", { params: { path: { id: aanmeldingId } } }),
);
assert.equal(doorzetting.aanmeldingId, aanmeldingId);
assert.equal(doorzetting.inwonerId, inwonerId);
assert.ok(!Number.isNaN(Date.parse(doorzetting.doorgezetOp)), `doorgezetOp is een date-time: ${doorzetting.doorgezetOp}`);

const doorgezet = geslaagd("geef aanmelding na doorzetting", 200, await client.GET("/aanmeldingen/{id}", { params: { path: { id: aanmeldingId } } }));
assert.equal(doorgezet.status, "doorgezet");
assert.notEqual(doorgezet.doorgezetOp, null);

// Vraagverheldering hears of the doorzetting through the outbox, a moment later: ask until it shows or time is up.
let vraagverheldering: Overzicht["vraagverhelderingen"][number] | undefined;
for (const tot = Date.now() + 15_000; vraagverheldering === undefined && Date.now() < tot; await new Promise((klaar) => setTimeout(klaar, 200))) {
  const overzicht = geslaagd("geef overzicht", 200, await geefOverzicht(inwonerId));
  assert.equal(overzicht.inwoner.id, inwonerId);
  vraagverheldering = overzicht.vraagverhelderingen.find((v) => v.aanmeldingId === aanmeldingId);
}

assert.ok(vraagverheldering, "binnen 15 seconden staat de vraagverheldering in het overzicht van de inwoner");
assert.equal(vraagverheldering.status, "open");
assert.equal(vraagverheldering.urgentie, aanmeldingVerzoek.urgentie);

console.log(JSON.stringify({ inwonerId, aanmeldingId, doorzetting, vraagverheldering }));

function geefOverzicht(id: string) {
  return client.GET("/inwoners/{id}/overzicht", { params: { path: { id } } });
}

function omgeving(naam: string): string {
  const waarde = process.env[naam];
  assert.ok(waarde, `${naam} is niet gezet`);
  return waarde;
}

/** The typed answer of a call that must succeed with this status; otherwise the status and problem+json in the failure. */
function geslaagd<T>(stap: string, status: number, antwoord: { data?: T; error?: unknown; response: Response }): T {
  assert.equal(antwoord.response.status, status, `${stap}: ${antwoord.response.status} ${JSON.stringify(antwoord.error)}`);
  assert.ok(antwoord.data !== undefined, `${stap}: geen body`);
  return antwoord.data;
}

// Where the document leaves the id of a created resource out of `required`, a typed client has to check it is there.
function aanwezig(wat: string, waarde: string | undefined): string {
  assert.ok(waarde, `${wat} ontbreekt in het antwoord`);
  return waarde;
}
