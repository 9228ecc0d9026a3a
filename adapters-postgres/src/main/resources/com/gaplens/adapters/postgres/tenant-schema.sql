-- The published schema of one tenant, {{schema}}: what its logins read (the view gap_rows_month, the label tables,
-- the functions to regroup), and beside it {{cells}}, which only the owner reads: the month cells the view shows.
-- {{schema}}, {{cells}}, {{reader}} and {{database}} are replaced by quoted identifiers (never by tenant text); run whole, in one transaction, under the publication's DDL lock, whenever the schema is
-- new or older than this definition. Tables are kept (CREATE ... IF NOT EXISTS); types, functions, views and the
-- aggregate are dropped and created anew.

CREATE SCHEMA IF NOT EXISTS {{schema}};
REVOKE ALL ON SCHEMA {{schema}} FROM PUBLIC;
CREATE SCHEMA IF NOT EXISTS {{cells}};
REVOKE ALL ON SCHEMA {{cells}} FROM PUBLIC;

-- Labels: the names BI users filter by. source_version: the version of the catalogue object copied.
CREATE TABLE IF NOT EXISTS {{schema}}.brands (
    brand_id text PRIMARY KEY,
    brand text NOT NULL,
    status text NOT NULL,
    source_version bigint NOT NULL);
CREATE TABLE IF NOT EXISTS {{schema}}.brand_values (
    brand_value_id text PRIMARY KEY,
    brand_id text NOT NULL,
    brand_value text NOT NULL,
    status text NOT NULL,
    source_version bigint NOT NULL);
CREATE TABLE IF NOT EXISTS {{schema}}.commitments (
    commitment_id text PRIMARY KEY,
    brand_id text NOT NULL,
    commitment text NOT NULL,
    brand_value_id text NOT NULL,
    variable text NOT NULL,
    target_level double precision NOT NULL,
    origin text NOT NULL,
    segment_id text,
    source_version bigint NOT NULL);
CREATE TABLE IF NOT EXISTS {{schema}}.touchpoints (
    touchpoint_id text PRIMARY KEY,
    brand_id text NOT NULL,
    touchpoint text NOT NULL,
    phase text NOT NULL,
    channel text NOT NULL,
    status text NOT NULL,
    source_version bigint NOT NULL);
CREATE TABLE IF NOT EXISTS {{schema}}.segments (
    segment_id text PRIMARY KEY,
    brand_id text NOT NULL,
    segment text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    source_version bigint NOT NULL);

-- One row per month roll-up cell of customers: its keys (ids), the figures biGapRows reports for it (computed by
-- GapLens), and the mergeable sums they come from. A cell emptied by a re-judgement stays as a tombstone (n = 0),
-- so that an older copy of it can never come back; gap_rows_month shows non-empty cells only.
CREATE TABLE IF NOT EXISTS {{cells}}.month_cells (
    cell_id text PRIMARY KEY,
    cell_version bigint NOT NULL,
    brand_id text NOT NULL,
    brand_value_id text,
    commitment_id text,
    phase text NOT NULL,
    touchpoint_id text NOT NULL,
    channel text NOT NULL,
    family text NOT NULL,
    dimension text NOT NULL,
    variable text NOT NULL,
    segment_id text,
    method text NOT NULL,
    month date NOT NULL,
    n bigint NOT NULL,
    weight bigint NOT NULL,
    lived double precision,
    promised_n bigint NOT NULL,
    promised_weight bigint NOT NULL,
    promised_lived double precision,
    target double precision,
    gap double precision,
    std_error double precision,
    ci_low double precision,
    ci_high double precision,
    significance text,
    severity text,
    methods text NOT NULL,
    triangulation integer NOT NULL,
    unpromised_n bigint NOT NULL,
    promised_sum double precision NOT NULL,
    promised_sum_of_squares double precision NOT NULL,
    target_sum double precision NOT NULL,
    unpromised_weight bigint NOT NULL,
    unpromised_sum double precision NOT NULL,
    unpromised_sum_of_squares double precision NOT NULL,
    observation_n bigint NOT NULL,
    barometer_n bigint NOT NULL,
    complaint_n bigint NOT NULL,
    social_n bigint NOT NULL,
    expert_review_n bigint NOT NULL,
    consumer_study_n bigint NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX IF NOT EXISTS month_cells_month ON {{cells}}.month_cells (month);
CREATE INDEX IF NOT EXISTS month_cells_touchpoint_month ON {{cells}}.month_cells (touchpoint_id, month);

-- the aggregate regroup() goes with the view whose rows it takes
DROP VIEW IF EXISTS {{schema}}.gap_rows_month CASCADE;
DROP TYPE IF EXISTS {{schema}}.gap_sums CASCADE;
DROP TYPE IF EXISTS {{schema}}.gap_figures CASCADE;

CREATE VIEW {{schema}}.gap_rows_month AS
SELECT c.brand_id,
       coalesce(b.brand, c.brand_id) AS brand,
       c.brand_value_id,
       coalesce(v.brand_value, c.brand_value_id) AS brand_value,
       c.commitment_id,
       coalesce(m.commitment, c.commitment_id) AS commitment,
       c.phase,
       c.touchpoint_id,
       coalesce(t.touchpoint, c.touchpoint_id) AS touchpoint,
       c.channel,
       c.family,
       c.dimension,
       c.variable,
       c.segment_id,
       coalesce(s.segment, c.segment_id) AS segment,
       c.method,
       c.month,
       c.n,
       c.weight,
       c.lived,
       c.promised_n,
       c.promised_weight,
       c.promised_lived,
       c.target,
       c.gap,
       c.std_error,
       c.ci_low,
       c.ci_high,
       c.significance,
       c.severity,
       c.methods,
       c.triangulation,
       c.unpromised_n,
       c.promised_sum,
       c.promised_sum_of_squares,
       c.target_sum,
       c.unpromised_weight,
       c.unpromised_sum,
       c.unpromised_sum_of_squares,
       c.observation_n,
       c.barometer_n,
       c.complaint_n,
       c.social_n,
       c.expert_review_n,
       c.consumer_study_n
FROM {{cells}}.month_cells c
LEFT JOIN {{schema}}.brands b ON b.brand_id = c.brand_id
LEFT JOIN {{schema}}.brand_values v ON v.brand_value_id = c.brand_value_id
LEFT JOIN {{schema}}.commitments m ON m.commitment_id = c.commitment_id
LEFT JOIN {{schema}}.touchpoints t ON t.touchpoint_id = c.touchpoint_id
LEFT JOIN {{schema}}.segments s ON s.segment_id = c.segment_id
WHERE c.n > 0;

COMMENT ON VIEW {{schema}}.gap_rows_month IS
    'One row per month and every key, customers only: the figures biGapRows reports, and the sums to regroup exactly (regroup(row)).';

-- P(|T| <= t) for T ~ Student t with df degrees of freedom: 1 - I_{df/(df+t^2)}(df/2, 1/2), the regularized
-- incomplete beta evaluated by its finite series for whole degrees of freedom (Abramowitz & Stegun 26.7.3-4).
CREATE OR REPLACE FUNCTION {{schema}}.student_t_central(t double precision, df bigint)
    RETURNS double precision LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
    nu CONSTANT double precision := df;
    c2 CONSTANT double precision := nu / (nu + t * t);
    term double precision := 1;
    total double precision := 1;
    k bigint := 1;
BEGIN
    IF df < 1 THEN
        RETURN NULL;
    END IF;
    IF df % 2 = 1 THEN
        IF df = 1 THEN
            RETURN 2 * atan(t) / pi();
        END IF;
        WHILE 2 * k + 3 <= df LOOP
            term := term * (2 * k)::double precision / (2 * k + 1)::double precision * c2;
            total := total + term;
            k := k + 1;
        END LOOP;
        RETURN 2 / pi() * (atan(t / sqrt(nu)) + t / sqrt(nu + t * t) * sqrt(c2) * total);
    END IF;
    WHILE 2 * k + 2 <= df LOOP
        term := term * (2 * k - 1)::double precision / (2 * k)::double precision * c2;
        total := total + term;
        k := k + 1;
    END LOOP;
    RETURN t / sqrt(nu + t * t) * total;
END
$fn$;

-- ln Γ(x), x > 0, by Stirling's series after shifting x to 8 or more: only for the slope of Newton's steps below.
CREATE OR REPLACE FUNCTION {{schema}}.log_gamma(x double precision)
    RETURNS double precision LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
    y double precision := x;
    shift double precision := 0;
BEGIN
    WHILE y < 8 LOOP
        shift := shift - ln(y);
        y := y + 1;
    END LOOP;
    RETURN shift + (y - 0.5::double precision) * ln(y) - y + 0.5::double precision * ln(2 * pi())
        + 1 / (12 * y) - 1 / (360 * y * y * y) + 1 / (1260 * y * y * y * y * y);
END
$fn$;

-- The 0.975 quantile of Student's t with df degrees of freedom: q with P(T <= q) = 0.975, within 1e-12 of Apache
-- Commons Statistics for every df >= 1 (tested from 1 to 10^12). df 1 and 2 in closed form; from 1,000 the
-- Cornish-Fisher expansion to 1/df^4 (A&S 26.7.5, error below 2e-15 there); in between, Newton's method on
-- student_t_central(q) = 0.95 from that expansion.
CREATE OR REPLACE FUNCTION {{schema}}.t_quantile_975(df bigint)
    RETURNS double precision LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
    z CONSTANT double precision := 1.959963984540054;
    nu CONSTANT double precision := df;
    g1 double precision;
    g2 double precision;
    g3 double precision;
    g4 double precision;
    q double precision;
    slope double precision;
    step double precision;
BEGIN
    IF df < 1 THEN
        RETURN NULL;
    END IF;
    IF df = 1 THEN
        RETURN tan(pi() * 0.475::double precision);
    END IF;
    IF df = 2 THEN
        RETURN 0.95::double precision / sqrt(2 * 0.975::double precision * 0.025::double precision);
    END IF;
    g1 := (z ^ 3 + z) / 4;
    g2 := (5 * z ^ 5 + 16 * z ^ 3 + 3 * z) / 96;
    g3 := (3 * z ^ 7 + 19 * z ^ 5 + 17 * z ^ 3 - 15 * z) / 384;
    g4 := (79 * z ^ 9 + 776 * z ^ 7 + 1482 * z ^ 5 - 1920 * z ^ 3 - 945 * z) / 92160;
    q := z + g1 / nu + g2 / nu ^ 2 + g3 / nu ^ 3 + g4 / nu ^ 4;
    IF df >= 1000 THEN
        RETURN q;
    END IF;
    slope := 2 * exp({{schema}}.log_gamma((nu + 1) / 2) - {{schema}}.log_gamma(nu / 2)) / sqrt(nu * pi());
    FOR i IN 1..20 LOOP
        step := ({{schema}}.student_t_central(q, df) - 0.95::double precision)
            / (slope * (1 + q * q / nu) ^ (-(nu + 1) / 2));
        q := q - step;
        EXIT WHEN abs(step) < 1e-15::double precision * q;
    END LOOP;
    RETURN q;
END
$fn$;

-- The sums of a set of rows, which add up exactly: what regroup() accumulates.
CREATE TYPE {{schema}}.gap_sums AS (
    promised_n bigint,
    promised_weight bigint,
    promised_sum double precision,
    promised_sum_of_squares double precision,
    target_sum double precision,
    unpromised_n bigint,
    unpromised_weight bigint,
    unpromised_sum double precision,
    unpromised_sum_of_squares double precision,
    observation_n bigint,
    barometer_n bigint,
    complaint_n bigint,
    social_n bigint,
    expert_review_n bigint,
    consumer_study_n bigint);

-- The figures of a set of rows, named as gap_rows_month's.
CREATE TYPE {{schema}}.gap_figures AS (
    n bigint,
    weight bigint,
    lived double precision,
    promised_n bigint,
    promised_weight bigint,
    promised_lived double precision,
    target double precision,
    gap double precision,
    std_error double precision,
    ci_low double precision,
    ci_high double precision,
    significance text,
    severity text,
    methods text,
    triangulation integer,
    unpromised_n bigint);

CREATE FUNCTION {{schema}}.gap_sums_add(s {{schema}}.gap_sums, r {{schema}}.gap_rows_month)
    RETURNS {{schema}}.gap_sums LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT ROW(s.promised_n + r.promised_n,
           s.promised_weight + r.promised_weight,
           s.promised_sum + r.promised_sum,
           s.promised_sum_of_squares + r.promised_sum_of_squares,
           s.target_sum + r.target_sum,
           s.unpromised_n + r.unpromised_n,
           s.unpromised_weight + r.unpromised_weight,
           s.unpromised_sum + r.unpromised_sum,
           s.unpromised_sum_of_squares + r.unpromised_sum_of_squares,
           s.observation_n + r.observation_n,
           s.barometer_n + r.barometer_n,
           s.complaint_n + r.complaint_n,
           s.social_n + r.social_n,
           s.expert_review_n + r.expert_review_n,
           s.consumer_study_n + r.consumer_study_n)::{{schema}}.gap_sums
$fn$;

CREATE FUNCTION {{schema}}.gap_sums_merge(a {{schema}}.gap_sums, b {{schema}}.gap_sums)
    RETURNS {{schema}}.gap_sums LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT ROW(a.promised_n + b.promised_n,
           a.promised_weight + b.promised_weight,
           a.promised_sum + b.promised_sum,
           a.promised_sum_of_squares + b.promised_sum_of_squares,
           a.target_sum + b.target_sum,
           a.unpromised_n + b.unpromised_n,
           a.unpromised_weight + b.unpromised_weight,
           a.unpromised_sum + b.unpromised_sum,
           a.unpromised_sum_of_squares + b.unpromised_sum_of_squares,
           a.observation_n + b.observation_n,
           a.barometer_n + b.barometer_n,
           a.complaint_n + b.complaint_n,
           a.social_n + b.social_n,
           a.expert_review_n + b.expert_review_n,
           a.consumer_study_n + b.consumer_study_n)::{{schema}}.gap_sums
$fn$;

-- The severity of a gap; the thresholds are GapLens's defaults unless given.
CREATE OR REPLACE FUNCTION {{schema}}.gap_severity(
        gap double precision,
        critical double precision DEFAULT -20,
        major double precision DEFAULT -10,
        minor double precision DEFAULT -3,
        exceeded double precision DEFAULT 3)
    RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT CASE
           WHEN gap <= critical THEN 'CRITICAL'
           WHEN gap <= major THEN 'MAJOR'
           WHEN gap <= minor THEN 'MINOR'
           WHEN gap < exceeded THEN 'ON_TARGET'
           ELSE 'EXCEEDED'
       END
$fn$;

-- Every figure of a set of rows from its sums, as GapLens computes it (CellStatistics, ScoreSums, Gap): lived of
-- every measurement; promised lived, target T/W, gap, standard error sqrt(v/W) with the pooled variance
-- v = max(0, S2 - S1*(S1/W)) / (W - 1), the Student-t 95 % interval and significance, of the promised ones.
CREATE FUNCTION {{schema}}.gap_figures_of(s {{schema}}.gap_sums)
    RETURNS {{schema}}.gap_figures LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
    f {{schema}}.gap_figures;
    pw double precision := s.promised_weight;
    variance double precision;
    half double precision;
BEGIN
    f.n := s.promised_n + s.unpromised_n;
    f.weight := s.promised_weight + s.unpromised_weight;
    f.promised_n := s.promised_n;
    f.promised_weight := s.promised_weight;
    f.unpromised_n := s.unpromised_n;
    f.methods := concat_ws('|',
        CASE WHEN s.observation_n > 0 THEN 'OBSERVATION' END,
        CASE WHEN s.barometer_n > 0 THEN 'BAROMETER' END,
        CASE WHEN s.complaint_n > 0 THEN 'COMPLAINT' END,
        CASE WHEN s.social_n > 0 THEN 'SOCIAL' END,
        CASE WHEN s.expert_review_n > 0 THEN 'EXPERT_REVIEW' END,
        CASE WHEN s.consumer_study_n > 0 THEN 'CONSUMER_STUDY' END);
    f.triangulation := (s.observation_n > 0)::integer + (s.barometer_n > 0)::integer
        + (s.complaint_n > 0)::integer + (s.social_n > 0)::integer
        + (s.expert_review_n > 0)::integer + (s.consumer_study_n > 0)::integer;
    IF f.weight > 0 THEN
        f.lived := (s.promised_sum + s.unpromised_sum) / f.weight::double precision;
    END IF;
    IF s.promised_n > 0 THEN
        f.promised_lived := s.promised_sum / pw;
        f.target := s.target_sum / pw;
        f.gap := s.promised_sum / pw - s.target_sum / pw;
        f.severity := {{schema}}.gap_severity(f.gap);
        IF s.promised_weight > 1 THEN
            variance := greatest(0, s.promised_sum_of_squares - s.promised_sum * (s.promised_sum / pw))
                / (pw - 1);
            f.std_error := sqrt(variance / pw);
            half := {{schema}}.t_quantile_975(s.promised_weight - 1) * f.std_error;
            f.ci_low := f.promised_lived - half;
            f.ci_high := f.promised_lived + half;
            f.significance := CASE
                WHEN f.target >= f.ci_low AND f.target <= f.ci_high THEN 'NOT_SIGNIFICANT'
                ELSE 'SIGNIFICANT'
            END;
        ELSE
            f.significance := 'UNDETERMINED';
        END IF;
    END IF;
    RETURN f;
END
$fn$;

-- regroup(row): every figure of a coarser grouping of gap_rows_month, exactly as biGapRows computes it for that
-- grouping (sums added, figures derived once), e.g.
--   SELECT touchpoint, date_trunc('quarter', month)::date AS quarter, (regroup(g)).*
--   FROM gap_rows_month g GROUP BY 1, 2;
CREATE AGGREGATE {{schema}}.regroup({{schema}}.gap_rows_month) (
    SFUNC = {{schema}}.gap_sums_add,
    STYPE = {{schema}}.gap_sums,
    FINALFUNC = {{schema}}.gap_figures_of,
    COMBINEFUNC = {{schema}}.gap_sums_merge,
    INITCOND = '(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)',
    PARALLEL = SAFE);

-- What the tenant's logins (members of {{reader}}) may do: connect, and read the view and the label tables.
GRANT CONNECT ON DATABASE {{database}} TO {{reader}};
GRANT USAGE ON SCHEMA {{schema}} TO {{reader}};
GRANT SELECT ON {{schema}}.gap_rows_month, {{schema}}.brands, {{schema}}.brand_values, {{schema}}.commitments,
    {{schema}}.touchpoints, {{schema}}.segments TO {{reader}};
GRANT EXECUTE ON FUNCTION {{schema}}.t_quantile_975(bigint), {{schema}}.student_t_central(double precision, bigint),
    {{schema}}.gap_severity(double precision, double precision, double precision, double precision, double precision),
    {{schema}}.gap_figures_of({{schema}}.gap_sums) TO {{reader}};
GRANT EXECUTE ON FUNCTION {{schema}}.regroup({{schema}}.gap_rows_month) TO {{reader}};
