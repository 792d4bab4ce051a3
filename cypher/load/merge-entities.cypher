// One node per entity, keyed on its id; $TYPE is one of the 8 entity types (validated before substitution).
// The other type labels are removed first, so an entity whose type changed keeps exactly one.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Person:Company:GovernmentBody:MediaOutlet:PoliticalParty:Organization:Location:Product
SET e:$TYPE,
    e.name = row.name,
    e.nameEn = row.nameEn,
    e.aliases = row.aliases,
    e.mentions = row.mentions
