"""The server-side security of a shared register: roles, row-level security, row versions, the audit
trigger and the published figures. Everything here is enforced by PostgreSQL, not by the client.

- ``hrplanner_owner`` (cannot log in, no BYPASSRLS) owns the schema ``hrplanner``, every table, view
  and function. No login role owns anything.
- Three group roles (cannot log in): ``hrplanner_coordinator``, ``hrplanner_hr_lead`` and
  ``hrplanner_steering``. Each person has their own login role, member of exactly one group
  (:func:`add_user` in SQL, run by an administrator or a coordinator).
- An hr-lead login is tied to one organisation by ``hr_lead_organisation`` (keyed by the login's name,
  read through ``my_organisation()`` with ``session_user``; nothing the client sets can change it).
- Every table that holds figures has ``FORCE ROW LEVEL SECURITY``: the coordinator reads and writes
  every row; an hr-lead reads the own organisation's rows and writes them only in open rounds; the
  steering group has no privilege on any of them. ``published_figure`` holds what the disclosure step
  publishes; only the views ``published_figures`` (steering, coordinator) and ``published_region``
  (every group), owned by the owner, read it, and only ``publish()`` (coordinator) writes it.
- Figure rows carry a ``row_version`` the server raises on every update (for conflict detection).
- A trigger writes the audit log: the database login (``session_user``), the time, the old and the new
  value. No group may insert, change or delete audit entries.

:func:`apply` is idempotent; ``server init`` and ``server upgrade`` run it after the migrations, so new
tables and columns get their policies too.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

SCHEMA = "hrplanner"
OWNER = "hrplanner_owner"
GROUPS: dict[str, str] = {
    "coordinator": "hrplanner_coordinator",
    "hr-lead": "hrplanner_hr_lead",
    "steering": "hrplanner_steering",
}
#: Tables with per-organisation figures: (table, detail columns naming a row inside org x occ x round).
FIGURE_TABLES: dict[str, tuple[str, ...]] = {
    "staffing": ("age_band", "sex"),
    "establishment": (),
    "flow": ("direction", "category"),
    "training": ("route",),
    "sickness": (),
}
#: Other audited tables and the column that names their rows.
AUDITED_TABLES: dict[str, str] = {
    "organisation": "name",
    "occupation": "code",
    "round": "reference_date",
    "scenario": "name",
    "scenario_parameter": "key",
    "register_meta": "key",
}
#: Tables every hr-lead may read whole (no figures in them).
SHARED_READ = ("occupation", "round", "register_meta", "scenario", "scenario_parameter", "alembic_version")

COORDINATOR, HR_LEAD, STEERING = GROUPS["coordinator"], GROUPS["hr-lead"], GROUPS["steering"]


def _q(sql: str) -> str:
    return sql.replace("{S}", SCHEMA).replace("{OWNER}", OWNER).replace("{C}", COORDINATOR) \
        .replace("{H}", HR_LEAD).replace("{ST}", STEERING)


def create_roles_sql(database: str) -> list[str]:
    """The group roles and the owner (created when absent), and who may connect to ``database``."""
    statements = []
    for role in (OWNER, COORDINATOR, HR_LEAD, STEERING):
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} NOLOGIN; END IF; END $$")
        statements.append(f"ALTER ROLE {role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOREPLICATION NOCREATEDB")
    # The owner creates the personal logins inside add_user() (run by a coordinator or an administrator).
    statements.append(f"ALTER ROLE {OWNER} CREATEROLE")
    db = '"' + database.replace('"', '""') + '"'
    statements += [
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {COORDINATOR}, {HR_LEAD}, {STEERING}",
        _q("CREATE SCHEMA IF NOT EXISTS {S} AUTHORIZATION {OWNER}"),
        _q("ALTER SCHEMA {S} OWNER TO {OWNER}"),
        f"ALTER DATABASE {db} SET search_path = {SCHEMA}",
    ]
    return statements


def _server_only_tables() -> list[str]:
    return [_q("""
        CREATE TABLE IF NOT EXISTS {S}.hr_lead_organisation (
            login name PRIMARY KEY,
            organisation_id integer NOT NULL REFERENCES {S}.organisation(id) ON DELETE CASCADE
        )"""), _q("""
        CREATE TABLE IF NOT EXISTS {S}.published_figure (
            id bigserial PRIMARY KEY,
            round_date date NOT NULL,
            organisation text,
            occupation text NOT NULL,
            measure text NOT NULL,
            value double precision,
            shown text NOT NULL,
            published_at timestamp NOT NULL,
            published_by text NOT NULL
        )"""),
        _q("ALTER TABLE {S}.audit_log ADD COLUMN IF NOT EXISTS organisation_id integer"),
        _q("CREATE INDEX IF NOT EXISTS ix_audit_log_organisation_id ON {S}.audit_log (organisation_id)"),
    ] + [_q(f"ALTER TABLE {{S}}.{t} ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1")
         for t in FIGURE_TABLES]


_FUNCTIONS = [
    """
    CREATE OR REPLACE FUNCTION {S}.my_organisation() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
        SELECT organisation_id FROM {S}.hr_lead_organisation WHERE login = session_user
    $$""",
    """
    CREATE OR REPLACE FUNCTION {S}.round_is_open(p_round integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
        SELECT coalesce((SELECT NOT closed FROM {S}.round WHERE id = p_round), false)
    $$""",
    """
    CREATE OR REPLACE FUNCTION {S}.my_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
        SELECT CASE
            WHEN pg_has_role(session_user, '{C}', 'MEMBER') THEN 'coordinator'
            WHEN pg_has_role(session_user, '{H}', 'MEMBER') THEN 'hr-lead'
            WHEN pg_has_role(session_user, '{ST}', 'MEMBER') THEN 'steering'
            ELSE '' END
    $$""",
    """
    CREATE OR REPLACE FUNCTION {S}.next_row_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.row_version := OLD.row_version + 1;
        RETURN NEW;
    END $$""",
    """
    CREATE OR REPLACE FUNCTION {S}.audit_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
    DECLARE
        o jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
        n jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
        r jsonb := coalesce(n, o);
        skip text[] := ARRAY['id', 'row_version', 'organisation_id', 'occupation_id', 'round_id'];
        prefix text;
        detail text := '';
        org integer;
        f text;
        ov text;
        nv text;
        act text := CASE TG_OP WHEN 'INSERT' THEN 'add' WHEN 'UPDATE' THEN 'edit' ELSE 'remove' END;
    BEGIN
        IF TG_ARGV[0] = 'figure' THEN
            org := (r->>'organisation_id')::integer;
            prefix := coalesce((SELECT name FROM organisation WHERE id = org), r->>'organisation_id') || '/'
                || coalesce((SELECT code FROM occupation WHERE id = (r->>'occupation_id')::integer), '') || '/'
                || coalesce((SELECT reference_date::text FROM round WHERE id = (r->>'round_id')::integer),
                            r->>'round_id') || '/';
            FOR i IN 1 .. TG_NARGS - 1 LOOP
                detail := detail || (r->>TG_ARGV[i]) || '.';
                skip := skip || TG_ARGV[i];
            END LOOP;
        ELSE
            prefix := coalesce(o->>TG_ARGV[1], n->>TG_ARGV[1], r->>'id') || '/';
            IF TG_TABLE_NAME = 'organisation' THEN
                org := (r->>'id')::integer;
            END IF;
        END IF;
        FOR f IN SELECT jsonb_object_keys(r) ORDER BY 1 LOOP
            CONTINUE WHEN f = ANY(skip);
            ov := CASE WHEN o IS NULL THEN '(no row)' WHEN jsonb_typeof(o->f) = 'null' THEN '(not given)'
                       ELSE o->>f END;
            nv := CASE WHEN n IS NULL THEN '(no row)' WHEN jsonb_typeof(n->f) = 'null' THEN '(not given)'
                       ELSE n->>f END;
            CONTINUE WHEN TG_OP = 'UPDATE' AND ov = nv;
            INSERT INTO audit_log (at, "user", action, entity, key, old, new, source, organisation_id)
            VALUES (now() AT TIME ZONE 'UTC', session_user, act, TG_TABLE_NAME,
                    left(prefix || detail || f, 300), left(ov, 4000), left(nv, 4000),
                    left('server: ' || coalesce(current_setting('application_name', true), ''), 500), org);
        END LOOP;
        RETURN NULL;
    END $$""",
    """
    CREATE OR REPLACE FUNCTION {S}.publish(p_round date, p_rows jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
    DECLARE
        written integer;
    BEGIN
        IF NOT pg_has_role(session_user, '{C}', 'MEMBER') THEN
            RAISE EXCEPTION 'only a coordinator may publish figures' USING ERRCODE = '42501';
        END IF;
        DELETE FROM published_figure WHERE round_date = p_round;
        INSERT INTO published_figure (round_date, organisation, occupation, measure, value, shown,
                                      published_at, published_by)
        SELECT p_round, x->>'organisation', x->>'occupation', x->>'measure', (x->>'value')::double precision,
               x->>'shown', now() AT TIME ZONE 'UTC', session_user
        FROM jsonb_array_elements(p_rows) AS x;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;
    END $$""",
    """
    CREATE OR REPLACE FUNCTION {S}.import_history(p_rows jsonb, p_origin text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
    DECLARE
        written integer;
    BEGIN
        IF NOT pg_has_role(session_user, '{C}', 'MEMBER') THEN
            RAISE EXCEPTION 'only a coordinator may push a register''s history' USING ERRCODE = '42501';
        END IF;
        INSERT INTO audit_log (at, "user", action, entity, key, old, new, source, organisation_id)
        SELECT (x->>'at')::timestamp, left(x->>'user', 80), left(x->>'action', 40), left(x->>'entity', 40),
               left(x->>'key', 300), left(x->>'old', 4000), left(x->>'new', 4000),
               left('history of ' || p_origin || ', pushed by ' || session_user || ': '
                    || coalesce(x->>'source', ''), 500),
               coalesce((SELECT id FROM organisation WHERE name = split_part(x->>'key', '/', 1)),
                        (SELECT id FROM organisation WHERE name = split_part(x->>'key', ' | ', 1)))
        FROM jsonb_array_elements(p_rows) AS x;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;
    END $$""",
    """
    CREATE OR REPLACE FUNCTION {S}.add_user(p_login text, p_group text, p_organisation text, p_verifier text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
    DECLARE
        org integer;
    BEGIN
        IF NOT (pg_has_role(session_user, '{C}', 'MEMBER')
                OR (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user)) THEN
            RAISE EXCEPTION 'only a coordinator or a database administrator may add users'
                USING ERRCODE = '42501';
        END IF;
        IF p_login !~ '^[A-Za-z_][A-Za-z0-9_.-]{0,62}$' OR p_login ILIKE 'pg\\_%' OR p_login ILIKE 'hrplanner\\_%' THEN
            RAISE EXCEPTION 'user name = %: must start with a letter or _, hold only letters, digits, _ . - '
                '(at most 63) and not start with pg_ or hrplanner_', p_login USING ERRCODE = '22023';
        END IF;
        IF p_group NOT IN ('coordinator', 'hr-lead', 'steering') THEN
            RAISE EXCEPTION 'role = %: must be coordinator, hr-lead or steering', p_group USING ERRCODE = '22023';
        END IF;
        IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'password: must be sent as a SCRAM-SHA-256 verifier, never in plain text'
                USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
            RAISE EXCEPTION 'user name = %: a database login with this name exists already', p_login
                USING ERRCODE = '42710';
        END IF;
        IF p_group = 'hr-lead' THEN
            SELECT id INTO org FROM organisation WHERE name = p_organisation;
            IF org IS NULL THEN
                RAISE EXCEPTION 'organisation = %: is not an organisation of this register', p_organisation
                    USING ERRCODE = '22023';
            END IF;
        ELSIF p_organisation IS NOT NULL THEN
            RAISE EXCEPTION 'organisation = %: only an hr-lead belongs to one organisation', p_organisation
                USING ERRCODE = '22023';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS '
                       'NOREPLICATION PASSWORD %L', p_login, p_verifier);
        EXECUTE format('GRANT %I TO %I', 'hrplanner_' || replace(p_group, '-', '_'), p_login);
        IF org IS NOT NULL THEN
            INSERT INTO hr_lead_organisation (login, organisation_id) VALUES (p_login, org);
        END IF;
    END $$""",
]


def _policies() -> list[str]:
    out: list[str] = []

    def policies(table: str, *statements: str) -> None:
        out.append(f"ALTER TABLE {SCHEMA}.{table} ENABLE ROW LEVEL SECURITY")
        out.append(f"ALTER TABLE {SCHEMA}.{table} FORCE ROW LEVEL SECURITY")
        out.append(_q(f"""DO $$ DECLARE p record; BEGIN
            FOR p IN SELECT policyname FROM pg_policies WHERE schemaname = '{{S}}' AND tablename = '{table}' LOOP
                EXECUTE format('DROP POLICY %I ON {{S}}.{table}', p.policyname);
            END LOOP; END $$"""))
        out.append(_q(f"CREATE POLICY owner_all ON {{S}}.{table} TO {{OWNER}} USING (true) WITH CHECK (true)"))
        out.extend(_q(s.replace("@T", f"{{S}}.{table}")) for s in statements)

    own = "organisation_id = {S}.my_organisation()"
    writable = f"{own} AND {{S}}.round_is_open(round_id)"
    for table in FIGURE_TABLES:
        policies(
            table,
            "CREATE POLICY coordinator_all ON @T TO {C} USING (true) WITH CHECK (true)",
            f"CREATE POLICY hr_lead_read ON @T FOR SELECT TO {{H}} USING ({own})",
            f"CREATE POLICY hr_lead_insert ON @T FOR INSERT TO {{H}} WITH CHECK ({writable})",
            f"CREATE POLICY hr_lead_update ON @T FOR UPDATE TO {{H}} USING ({writable}) WITH CHECK ({writable})",
            f"CREATE POLICY hr_lead_delete ON @T FOR DELETE TO {{H}} USING ({writable})",
        )
    policies(
        "organisation",
        "CREATE POLICY coordinator_all ON @T TO {C} USING (true) WITH CHECK (true)",
        "CREATE POLICY hr_lead_read ON @T FOR SELECT TO {H} USING (id = {S}.my_organisation())",
    )
    policies(
        "audit_log",
        "CREATE POLICY coordinator_read ON @T FOR SELECT TO {C} USING (true)",
        f"CREATE POLICY hr_lead_read ON @T FOR SELECT TO {{H}} USING ({own})",
    )
    policies("hr_lead_organisation")
    policies("published_figure")
    return out


def _grants() -> list[str]:
    groups = f"{COORDINATOR}, {HR_LEAD}, {STEERING}"
    out = [
        _q("REVOKE ALL ON ALL TABLES IN SCHEMA {S} FROM PUBLIC"),
        _q(f"REVOKE ALL ON ALL TABLES IN SCHEMA {{S}} FROM {groups}"),
        _q(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {{S}} FROM PUBLIC, {groups}"),
        _q(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {{S}} FROM PUBLIC, {groups}"),
        _q(f"GRANT USAGE ON SCHEMA {{S}} TO {groups}"),
        # the coordinator reads and writes every register table, but never the audit log or the
        # mapping of logins to organisations (the server writes those)
        _q("GRANT SELECT, INSERT, UPDATE, DELETE ON {S}.organisation, {S}.occupation, {S}.round, "
           "{S}.register_meta, {S}.scenario, {S}.scenario_parameter TO {C}"),
        _q("GRANT SELECT ON {S}.alembic_version, {S}.audit_log TO {C}"),
        _q("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {S} TO {C}"),
        _q("GRANT SELECT ON {S}.organisation, {S}.audit_log TO {H}"),
        _q("GRANT SELECT ON " + ", ".join(f"{{S}}.{t}" for t in SHARED_READ) + " TO {H}"),
        # the steering group reads no table with figures, organisations, scenarios or the audit log; only
        # the reference tables without figures (round dates, occupation names, the region's name), so
        # that the app can label the published figures
        _q("GRANT SELECT ON {S}.alembic_version, {S}.round, {S}.occupation, {S}.register_meta TO {ST}"),
        _q("GRANT SELECT ON {S}.published_figures TO {C}, {ST}"),
        _q(f"GRANT SELECT ON {{S}}.published_region TO {groups}"),
        _q("GRANT EXECUTE ON FUNCTION {S}.my_organisation(), {S}.round_is_open(integer) TO {C}, {H}"),
        _q(f"GRANT EXECUTE ON FUNCTION {{S}}.my_role() TO {groups}"),
        _q("GRANT EXECUTE ON FUNCTION {S}.publish(date, jsonb), {S}.add_user(text, text, text, text), "
           "{S}.import_history(jsonb, text) TO {C}"),
    ]
    for table in FIGURE_TABLES:
        out.append(_q(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {{S}}.{table} TO {{C}}, {{H}}"))
        out.append(_q(f"GRANT USAGE, SELECT ON SEQUENCE {{S}}.{table}_id_seq TO {{H}}"))
    return out


def _views() -> list[str]:
    columns = "round_date, organisation, occupation, measure, value, shown, published_at, published_by"
    return [
        _q(f"CREATE OR REPLACE VIEW {{S}}.published_figures WITH (security_barrier) AS "
           f"SELECT {columns} FROM {{S}}.published_figure"),
        _q(f"CREATE OR REPLACE VIEW {{S}}.published_region WITH (security_barrier) AS "
           f"SELECT {columns} FROM {{S}}.published_figure WHERE organisation IS NULL"),
        _q("ALTER VIEW {S}.published_figures OWNER TO {OWNER}"),
        _q("ALTER VIEW {S}.published_region OWNER TO {OWNER}"),
    ]


def _triggers() -> list[str]:
    out = []
    for table, detail in FIGURE_TABLES.items():
        args = ", ".join(["'figure'", *(f"'{c}'" for c in detail)])
        out += [
            _q(f"DROP TRIGGER IF EXISTS row_version ON {{S}}.{table}"),
            _q(f"CREATE TRIGGER row_version BEFORE UPDATE ON {{S}}.{table} "
               f"FOR EACH ROW EXECUTE FUNCTION {{S}}.next_row_version()"),
            _q(f"DROP TRIGGER IF EXISTS audit ON {{S}}.{table}"),
            _q(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {{S}}.{table} "
               f"FOR EACH ROW EXECUTE FUNCTION {{S}}.audit_row({args})"),
        ]
    for table, key in AUDITED_TABLES.items():
        out += [
            _q(f"DROP TRIGGER IF EXISTS audit ON {{S}}.{table}"),
            _q(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {{S}}.{table} "
               f"FOR EACH ROW EXECUTE FUNCTION {{S}}.audit_row('row', '{key}')"),
        ]
    return out


def security_sql() -> list[str]:
    """Every statement that installs the security on top of the migrated tables, in order; run as the
    owner role (``SET ROLE hrplanner_owner``)."""
    return [*_server_only_tables(), *(_q(f) for f in _FUNCTIONS), *_views(), *_triggers(), *_policies(),
            *_grants()]


def apply(connection: Connection) -> None:
    """Install or refresh the security; the connection must act as the owner role."""
    for statement in security_sql():
        connection.execute(text(statement).execution_options(no_parameters=True))
