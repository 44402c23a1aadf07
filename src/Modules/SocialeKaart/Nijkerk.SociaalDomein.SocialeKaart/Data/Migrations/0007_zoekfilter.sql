-- One search column and one index for a word with filters (ADR 0006). zoekfilter holds the words of zoekvector and a
-- term per filter value: '=leefgebied:financien', '=doelgroep:jeugd', '=kern:Nijkerk', '=kosteloos:true', and
-- '=actief' while not archived. A word and its filters are then one tsquery and one GIN scan, instead of three
-- bitmap scans (text, leefgebieden, kernen) and their intersection; the statement is the same whichever filters are
-- given. A search word never reaches these terms: it holds only letters and digits, and each term starts with '='.
-- Generated, so beheer, the HSDS import, a bulk load and the kernen triggers (0006) all keep it without knowing.
create or replace function sociale_kaart.filtertermen(
    leefgebieden text[], doelgroepen text[], kernen text[], kosteloos boolean, actief boolean) returns tsvector
    language sql immutable parallel safe
    as $$
        select array_to_tsvector(array(
            select '=leefgebied:' || x from unnest(leefgebieden) x where x is not null
            union all select '=doelgroep:' || x from unnest(doelgroepen) x where x is not null
            union all select '=kern:' || x from unnest(kernen) x where x is not null
            union all select '=kosteloos:' || kosteloos::text where kosteloos is not null
            union all select '=actief' where actief))
    $$;

alter table sociale_kaart.voorziening add column if not exists zoekfilter tsvector generated always as (
    setweight(to_tsvector('sociale_kaart.nederlands', naam), 'A') ||
    setweight(to_tsvector('sociale_kaart.nederlands', omschrijving), 'B') ||
    sociale_kaart.filtertermen(leefgebieden, doelgroepen, kernen, kosteloos, gearchiveerd_op is null)) stored;
create index if not exists voorziening_zoekfilter on sociale_kaart.voorziening using gin (zoekfilter);

-- The typed words as one tsquery to match with: stemmed in Dutch or as typed (0003). Each prefix costs the GIN index
-- a scan of its own, so when one form already finds all the other finds it is left out: the same query twice, or for
-- one word a stem that begins the typed word ("schuld:*" finds all that "schulden:*" finds). Ranking still uses both.
create or replace function sociale_kaart.zoekvraag(woorden text) returns tsquery
    language sql immutable parallel safe
    as $$
        select case
            when gestemd = letterlijk then gestemd
            when numnode(gestemd) = 1 and numnode(letterlijk) = 1
                 and gestemd::text ~ '^''[[:alnum:]]+'':\*$' and letterlijk::text ~ '^''[[:alnum:]]+'':\*$'
                 and starts_with(letterlijk::text, rtrim(gestemd::text, ''':*')) then gestemd
            when numnode(gestemd) = 1 and numnode(letterlijk) = 1
                 and gestemd::text ~ '^''[[:alnum:]]+'':\*$' and letterlijk::text ~ '^''[[:alnum:]]+'':\*$'
                 and starts_with(gestemd::text, rtrim(letterlijk::text, ''':*')) then letterlijk
            else gestemd || letterlijk
        end
        from (select to_tsquery('sociale_kaart.nederlands', woorden) as gestemd,
                     to_tsquery('sociale_kaart.eenvoudig', woorden) as letterlijk) q
    $$;
