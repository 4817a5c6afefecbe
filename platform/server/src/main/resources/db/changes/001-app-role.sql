--liquibase formatted sql

--changeset shequ:001-app-role runOnChange:true splitStatements:false
--comment: the application's role: no superuser, no BYPASSRLS, so row-level security binds it
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${appRole}') THEN
    CREATE ROLE ${appRole} NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO ${appRole};
