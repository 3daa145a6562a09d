-- The save (seedgraph_save_article_linked and the functions it calls) runs with generic plans.
-- With PostgreSQL's default, a PL/pgSQL statement is planned again for each of its first five
-- executions on a connection before a generic plan is kept: the first saves after start cost
-- 100-250 ms each where later ones cost 12-17 ms. With generic plans the statements are planned
-- once per connection, so one save run at start (warmUpSave) leaves the connection warm, and later
-- saves cost the same or less (median 11-16 ms against 12-17 ms on 40 press articles).
ALTER FUNCTION seedgraph_save_article_linked(text, text, text, text, text, text, text, text, text, text, text,
  text, integer, text, integer[], bigint[], double precision, jsonb)
  SET plan_cache_mode = force_generic_plan;
