-- Stable public ids, so a practice, round or action keeps its identity when a workbook is exported and imported
-- elsewhere (a trainer gathering several practices), and the workshop settings of a round.

alter table practice add column public_id uuid default random_uuid() not null;
alter table practice add constraint practice_public_id unique (public_id);

alter table assessment_round add column public_id uuid default random_uuid() not null;
alter table assessment_round add constraint round_public_id unique (public_id);

alter table action add column public_id uuid default random_uuid() not null;
alter table action add constraint action_public_id unique (public_id);

-- In a workshop on one shared laptop, what each person scored stays hidden until the facilitator reveals the round;
-- scores are shown by role unless the facilitator chooses to show names.
alter table assessment_round add column revealed boolean default false not null;
alter table assessment_round add column names_shown boolean default false not null;
-- Sections marked "partners only" are left out of whole-team views unless the facilitator includes them.
alter table assessment_round add column partners_only_included boolean default false not null;

-- Sections that only respondents in partner roles score in this round (finance, the partnership itself...).
create table partners_only_section (
    round_id    bigint      not null references assessment_round (id) on delete cascade,
    pack_id     varchar(80) not null,
    section_id  varchar(80) not null,
    primary key (round_id, pack_id, section_id)
);
