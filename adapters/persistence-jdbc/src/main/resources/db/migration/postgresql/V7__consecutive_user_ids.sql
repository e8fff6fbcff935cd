-- User ids count up by one, also across restarts: each new user takes the sequence's next value. With an
-- increment of 50 every instance's start took a block of 50 ids, and the first user after a restart got 51.
-- The sequence restarts after the highest id in use (a block taken before this migration may have gone
-- past it). Instances of the version before this one must not create users once it has run: their blocks
-- would overlap the ids handed out one by one.
ALTER SEQUENCE app_user_seq INCREMENT BY 1;
SELECT setval('app_user_seq', COALESCE((SELECT MAX(id) FROM app_user), 0) + 1, false);
