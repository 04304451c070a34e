-- Every snapshot's member institutions by id and name: the members whose origin (submitted, carried, demo) the snapshot's manifest records.
select snapshot, institution_id, name_zh, name_en
from institutions
order by snapshot, institution_id
