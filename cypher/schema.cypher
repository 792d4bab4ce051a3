// zhkg schema: unique ids, and a full-text index over entity names and aliases (cjk analyzer: Chinese is
// indexed per character bigram, so 蚂蚁 finds 蚂蚁集团). Every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CALL db.awaitIndexes(300);
