// One node per article, keyed on its id; a null property (no url, date, outlet or original outlet) removes the property.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.url = row.url,
    a.date = row.date,
    a.outlet = row.outlet,
    a.originalOutlet = row.originalOutlet,
    a.source = row.source,
    a.contentHash = row.contentHash
