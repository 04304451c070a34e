-- Filter scope shared by the capacity queries; an empty list means "no filter". Loaded once per connection.
-- A lab-level filter keeps the institutions hosting a lab of a chosen level (so every figure of theirs counts, and
-- lab counts count only labs of those levels): one meaning for "lab level" on every page.
create or replace macro scoped_institutions(snap, areas, domains, groups_, levels_ := []::varchar[]) as table
    select i.*
    from institutions i
    where i.snapshot = snap
      and (len(levels_) = 0 or i.institution_id in (
            select l.institution_id from labs l
            where l.snapshot = snap and list_contains(levels_, l.level)))
      and (len(areas) = 0 or list_contains(areas, i.area_id))
      and (len(groups_) = 0 or i.institution_id in (
            select m.institution_id from working_group_members m
            where m.snapshot = snap and list_contains(groups_, m.working_group_id)))
      and (len(domains) = 0 or i.institution_id in (
            select d.institution_id from institution_domain_items d
            where d.snapshot = snap and list_contains(domains, d.domain_id)));

create or replace macro in_filter(selected, value) as (len(selected) = 0 or list_contains(selected, value));
