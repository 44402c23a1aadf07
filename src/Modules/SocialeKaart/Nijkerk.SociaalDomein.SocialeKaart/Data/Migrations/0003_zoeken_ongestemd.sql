-- The Dutch stemmer changes some words ("taal" becomes "tal"), so a stemmed prefix can miss a compound that
-- keeps the word whole ("taalhuis"). Searches also try the words as typed, without accents and unstemmed.
create text search configuration sociale_kaart.eenvoudig (copy = pg_catalog.simple);
alter text search configuration sociale_kaart.eenvoudig
    alter mapping for hword, hword_part, word with sociale_kaart.unaccent, simple;
