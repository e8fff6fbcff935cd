-- User ids count up by one, also across restarts: each new user takes the sequence's next value. With an
-- increment of 50 every start took a block of 50 ids, and the first user after a restart got 51.
-- The sequence restarts after the highest id in use (a block taken before this migration may have gone
-- past it), and caches nothing, so that a process that is killed loses no values either.
ALTER SEQUENCE app_user_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM app_user) INCREMENT BY 1 NO CACHE;
