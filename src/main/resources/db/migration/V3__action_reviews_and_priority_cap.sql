-- When a new round starts, each open action from before it is reviewed once: done, carried forward or dropped, so
-- nothing is silently forgotten. A review belongs to the round it was made at.
create table action_review (
    action_id    bigint      not null references action (id) on delete cascade,
    round_id     bigint      not null references assessment_round (id) on delete cascade,
    outcome      varchar(20) not null check (outcome in ('done', 'carried-forward', 'dropped')),
    reviewed_at  timestamp with time zone default current_timestamp not null,
    primary key (action_id, round_id)
);

-- How many high-priority actions a practice means to carry at once; past it the action plan warns.
alter table practice add column priority_cap integer default 5 not null check (priority_cap between 1 and 20);
