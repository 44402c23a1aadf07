-- Each time the invitation went to the inwoner: on which day and how (post, e-mail, meegegeven). A record beside the
-- conversation rather than an edit of it, so it asks no version and a colleague's open edit stays valid.
create table vraagverheldering.uitnodiging_verzonden (
    id uuid primary key,
    vraagverheldering_id uuid not null references vraagverheldering.vraagverheldering,
    verzonden_op date not null,
    wijze text not null,
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null
);
create index uitnodiging_verzonden_vraagverheldering on vraagverheldering.uitnodiging_verzonden (vraagverheldering_id, vastgelegd_op);
