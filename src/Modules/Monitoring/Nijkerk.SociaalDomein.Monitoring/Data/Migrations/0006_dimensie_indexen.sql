-- Kerncijfers filtered on kern, kanaal, bron or levensfase read dagcijfer (ADR 0023): per dimension an index on
-- (facet, dimension, day), so a year of one kern is that kern's rows, not every row of the year filtered. The measures
-- are updated in place (only unindexed columns change), so booking stays a HOT update where the page has room.
create index dagcijfer_kern on monitoring.dagcijfer (facet, kern, dag);
create index dagcijfer_kanaal on monitoring.dagcijfer (facet, kanaal, dag);
create index dagcijfer_bron on monitoring.dagcijfer (facet, bron, dag);
create index dagcijfer_levensfase on monitoring.dagcijfer (facet, levensfase, dag);
create index dagduur_kern on monitoring.dagduur (maat, kern, dag);
