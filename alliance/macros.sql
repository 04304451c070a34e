-- Filter scope shared by the capacity queries; an empty list means "no filter". Loaded once per connection.
create or replace macro scoped_institutions(snap, areas, domains, groups_) as table
    select i.*
    from institutions i
    where i.snapshot = snap
      and (len(areas) = 0 or list_contains(areas, i.area_id))
      and (len(groups_) = 0 or i.institution_id in (
            select m.institution_id from working_group_members m
            where m.snapshot = snap and list_contains(groups_, m.working_group_id)))
      and (len(domains) = 0 or i.institution_id in (
            select q.institution_id from qualifications q
            where q.snapshot = snap and list_contains(domains, q.domain_id)));

create or replace macro in_filter(selected, value) as (len(selected) = 0 or list_contains(selected, value));
