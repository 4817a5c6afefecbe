--liquibase formatted sql

--changeset shequ:001-app-role runOnChange:true splitStatements:false
--comment: the application's and national reads' roles: made beforehand by whoever sets up the database (deploy/README.md), or here, without LOGIN, when the schema owner may create roles
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['${appRole}', '${nationalRole}'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RAISE EXCEPTION 'role % does not exist and % may not create it: create it with LOGIN, a password, NOSUPERUSER and NOBYPASSRLS before the first start (deploy/README.md, External PostgreSQL)', r, current_user;
      END IF;
      EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS', r);
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = r AND (rolsuper OR rolbypassrls)) THEN
      RAISE EXCEPTION 'role % must be NOSUPERUSER NOBYPASSRLS: row-level security must bind it', r;
    END IF;
  END LOOP;
END
$$;
GRANT USAGE ON SCHEMA public TO ${appRole};
