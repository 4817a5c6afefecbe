--liquibase formatted sql

--changeset shequ:001-app-role runOnChange:true splitStatements:false
--comment: the application's and national reads' roles are made by whoever sets up the database (the schema owner need not be allowed to create roles); the schema only checks them
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['${appRole}', '${nationalRole}'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
      RAISE EXCEPTION 'role % does not exist: create it with LOGIN, a password, NOSUPERUSER and NOBYPASSRLS before the first start (deploy/README.md, External PostgreSQL)', r;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = r AND (rolsuper OR rolbypassrls)) THEN
      RAISE EXCEPTION 'role % must be NOSUPERUSER NOBYPASSRLS: row-level security must bind it', r;
    END IF;
  END LOOP;
END
$$;
GRANT USAGE ON SCHEMA public TO ${appRole};
