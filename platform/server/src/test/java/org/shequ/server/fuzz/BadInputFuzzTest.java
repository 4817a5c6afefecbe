package org.shequ.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.shequ.server.fuzz.JsonBody.Op.DUPLICATE_KEY;
import static org.shequ.server.fuzz.JsonBody.Op.REPLACE;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.shequ.server.fuzz.JsonBody.Op;
import org.shequ.server.security.Role;
import org.shequ.server.security.SignedTokens;
import org.shequ.server.support.ShequServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input, generated and hand-picked, against every write route and every path and query
 * parameter of the API. Whatever arrives, Shequ answers: never a 5xx; every 4xx an RFC 9457
 * problem+json with a specific type and a title; a 4xx for every input that is wrong; and on a
 * refusal nothing of the request stored (every table of the tenant compared before and after).
 *
 * <p>The generated properties run a fixed number of tries from a fixed seed, so a run is repeatable
 * in CI; {@code -Dshequ.fuzz.seed=…} and {@code -Dshequ.fuzz.tries=…} explore further. A failure
 * names the smallest request found that breaks the property.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputFuzzTest extends ShequServerTest {
  private static final long SEED = Long.getLong("shequ.fuzz.seed", 0x5E9_2026L);
  private static final int TRIES = Integer.getInteger("shequ.fuzz.tries", 200);
  private static final int SHRINK_CYCLES = 20;
  private static final List<String> LANGUAGES = List.of("zh-CN", "en");

  @LocalServerPort int port;

  private FuzzTenant tenant;
  private Wire wire;
  private StoredState stored;
  private Map<String, String> known;

  @BeforeAll
  void connect() {
    Map<Who, String> tokens = new EnumMap<>(Who.class);
    tokens.put(Who.REGION_ADMIN, token("fuzz-admin", FuzzTenant.ID, Role.REGION_ADMIN));
    tokens.put(Who.NATIONAL_ANALYST, token("fuzz-analyst", null, Role.NATIONAL_ANALYST));
    tokens.put(Who.PLATFORM_ADMIN, token("fuzz-ops", null, Role.PLATFORM_ADMIN));
    wire = new Wire(port, tokens);
    tenant = new FuzzTenant(regionAdmin(FuzzTenant.ID));
    stored = new StoredState(database(), FuzzTenant.ID);
    known =
        Map.of(
            "indicator", firstCode("/api/v1/plans/" + FuzzTenant.PLAN, "indicators"),
            "national", firstCode("/api/v1/national-indicators", null));
  }

  @AfterAll
  void disconnect() throws Exception {
    stored.close();
  }

  // ---- the starting points ------------------------------------------------------------------

  /**
   * Each route's valid request is accepted and changes what is stored: so the mutations start from
   * something that works, and the "nothing stored" check can see a write when one happens.
   */
  @ParameterizedTest
  @EnumSource(value = WriteRoute.class, names = "DEV_TOKEN", mode = EnumSource.Mode.EXCLUDE)
  void validRequestsAreAcceptedAndStored(WriteRoute route) {
    WriteRoute.Request valid = route.valid(tenant);
    Probe probe =
        Probe.json(
            route + " valid",
            valid.method(),
            valid.path(),
            valid.who(),
            valid.headers(),
            JsonBody.write(valid.body()),
            false);
    Map<String, String> before = stored.snapshot();
    Wire.Outcome answer = wire.send(probe);
    assertThat(answer.status()).as("%s answered %s", probe, answer.status()).isBetween(200, 299);
    assertThat(stored.snapshot()).as("what %s stored", probe).isNotEqualTo(before);
  }

  // ---- generated -------------------------------------------------------------------------

  @Test
  void jsonWritesAnswerBadBodiesWithAProblemAndStoreNothing() {
    qt().withFixedSeed(SEED)
        .withExamples(TRIES)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(bodyCases())
        .checkAssert(c -> exchange(c.probe(tenant)));
  }

  @Test
  void hostilePathAndQueryParametersAreRefusedWithAProblem() {
    qt().withFixedSeed(SEED)
        .withExamples(TRIES)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(
            Generate.pick(List.of(ParamRoute.values())),
            Generate.range(0, 1000),
            Generate.pick(List.of(HostileValue.values())))
        .checkAssert(
            (route, which, value) -> {
              List<String> names = route.parameters();
              String name = names.get(which % names.size());
              boolean refuse = value.malformed || !route.filters(name);
              exchange(route.probe(tenant, known, name, value.raw, refuse));
            });
  }

  @Test
  void brokenUploadsAreRefusedWithAProblemAndImportNothing() {
    qt().withFixedSeed(SEED)
        .withExamples(TRIES / 2)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(Generate.pick(List.of(Uploads.Breakage.values())), Generate.range(1, 999))
        .checkAssert((breakage, cut) -> exchange(Uploads.broken(tenant, breakage, cut)));
  }

  private static Gen<BodyCase> bodyCases() {
    Gen<WriteRoute> routes = Generate.pick(List.of(WriteRoute.values()));
    Gen<BodyCase.Change> changes =
        Generate.frequency(
            weight(2, BodyCase.Change.NONE),
            weight(30, BodyCase.Change.VALUE),
            weight(3, BodyCase.Change.TRUNCATED),
            weight(2, BodyCase.Change.WRONG_CONTENT_TYPE),
            weight(1, BodyCase.Change.EMPTY_BODY),
            weight(1, BodyCase.Change.TRAILING_GARBAGE),
            weight(1, BodyCase.Change.DEEP_NESTING));
    Gen<Op> ops =
        Generate.frequency(
            weight(12, Op.REPLACE),
            weight(2, Op.DROP),
            weight(1, DUPLICATE_KEY),
            weight(1, Op.UNKNOWN_KEY));
    Gen<Replacement> replacements = Generate.pick(List.of(Replacement.values()));
    Gen<Integer> sites = Generate.range(0, 999);
    Gen<Integer> cuts = Generate.range(1, 999);
    Gen<String> types = Generate.pick(BodyCase.WRONG_TYPES);
    Gen<String> languages = Generate.pick(LANGUAGES);
    return in ->
        new BodyCase(
            routes.generate(in),
            changes.generate(in),
            ops.generate(in),
            replacements.generate(in),
            sites.generate(in),
            cuts.generate(in),
            types.generate(in),
            languages.generate(in));
  }

  private static <T> org.quicktheories.api.Pair<Integer, Gen<T>> weight(int w, T value) {
    return org.quicktheories.api.Pair.of(w, Generate.constant(value));
  }

  // ---- the cases the hardening issue names -------------------------------------------------

  /** A named case: a probe built on the fuzz tenant. */
  record Named(String name, Function<FuzzTenant, Probe> probe) {
    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedCases")
  void namedBadInputIsRefusedWithAProblemAndStoresNothing(Named c) {
    Probe probe = c.probe().apply(tenant);
    assertThat(probe.mustRefuse()).isTrue();
    exchange(probe);
  }

  static Stream<Named> namedCases() {
    String report = "values";
    return Stream.of(
        // Non-finite numbers, and 1e-400 where an integer is expected.
        value("report value 1e309", WriteRoute.REPORT_SAVE, "1e309", report, "premises_area"),
        value("report value -1e309", WriteRoute.REPORT_SAVE, "-1e309", report, "office_area"),
        value(
            "report value 1e99999999", WriteRoute.REPORT_SAVE, "1e99999999", report, "social_orgs"),
        value("population 1e309", WriteRoute.UNIT_ADD, "1e309", "population"),
        value("population 1e-400", WriteRoute.UNIT_ADD, "1e-400", "population"),
        value("households 1e-400", WriteRoute.UNIT_EDIT, "1e-400", "households"),
        // NUL and lone surrogates, in bodies, path segments and query values.
        value("NUL in a comment", WriteRoute.REPORT_SAVE, "\"a\\u0000b\"", "comment"),
        value("NUL in a unit name", WriteRoute.UNIT_ADD, "\"社区\\u0000\"", "name", "zh"),
        value("NUL in a new unit id", WriteRoute.UNIT_ADD, "\"x\\u0000y\"", "id"),
        value(
            "lone high surrogate in a comment", WriteRoute.REPORT_SUBMIT, "\"\\ud800\"", "comment"),
        value(
            "lone low surrogate in a unit name", WriteRoute.UNIT_EDIT, "\"\\udc00\"", "name", "zh"),
        param(
            "NUL in a report's org-unit path segment",
            ParamRoute.REPORT_SAVE,
            "orgUnitId",
            "a%00b"),
        param("NUL in an org-unit path segment", ParamRoute.UNIT_GET, "id", "%00"),
        param("NUL in a query value", ParamRoute.REPORT_LIST, "?formCode", "XB%00"),
        param("NUL in asOf", ParamRoute.UNIT_TREE, "?asOf", "2019-01-01%00"),
        param("lone surrogate in a path segment", ParamRoute.UNIT_HISTORY, "id", "%ED%A0%80"),
        param("lone surrogate in a query value", ParamRoute.PROGRESS, "?orgUnit", "%ED%B0%80"),
        // null or {} where an id object is required.
        value("merge into {}", WriteRoute.UNIT_MERGE, "{}", "into"),
        value("merge into null", WriteRoute.UNIT_MERGE, "null", "into"),
        value("split into [{}]", WriteRoute.UNIT_SPLIT, "[{}]", "into"),
        value("merge from null", WriteRoute.UNIT_MERGE, "null", "from"),
        // Dates outside 1900–2100, and numbers where a date is expected.
        value(
            "deactivate effective 2147483648",
            WriteRoute.UNIT_DEACTIVATE,
            "2147483648",
            "effective"),
        value("move effective 1899-12-31", WriteRoute.UNIT_MOVE, "\"1899-12-31\"", "effective"),
        value("split effective 2101-01-01", WriteRoute.UNIT_SPLIT, "\"2101-01-01\"", "effective"),
        value("add effective 0001-01-01", WriteRoute.UNIT_ADD, "\"0001-01-01\"", "effective"),
        value("calendar opens 1899-12-31", WriteRoute.CALENDAR_SET, "\"1899-12-31\"", "opens"),
        value("calendar closes 20201231", WriteRoute.CALENDAR_SET, "20201231", "closes"),
        param("asOf 1899-12-31", ParamRoute.UNIT_GET, "?asOf", "1899-12-31"),
        param("import effective 2101-01-01", ParamRoute.UNIT_IMPORT, "?effective", "2101-01-01"),
        // Wrong scalar types are refused, not coerced; duplicate keys; an empty parent id.
        value("comment true", WriteRoute.REPORT_SAVE, "true", "comment"),
        value("step comment 5", WriteRoute.REPORT_APPROVE, "5", "comment"),
        value("unit id true", WriteRoute.UNIT_ADD, "true", "id"),
        value("merge from [true, 1]", WriteRoute.UNIT_MERGE, "[true,1]", "from"),
        value("population \"5\"", WriteRoute.UNIT_ADD, "\"5\"", "population"),
        value("population 1.5", WriteRoute.UNIT_ADD, "1.5", "population"),
        value("parentId \"\"", WriteRoute.UNIT_ADD, "\"\"", "parentId"),
        value("move parentId \"\"", WriteRoute.UNIT_MOVE, "\"\"", "parentId"),
        duplicate("duplicate key values", WriteRoute.REPORT_SAVE, "values"),
        duplicate("duplicate key in the values", WriteRoute.REPORT_SAVE, report, "office_area"),
        duplicate("duplicate key effective", WriteRoute.UNIT_MOVE, "effective"),
        duplicate("duplicate key opens", WriteRoute.CALENDAR_SET, "opens"),
        // Malformed multipart.
        named("truncated multipart", t -> Uploads.broken(t, Uploads.Breakage.TRUNCATED, 600)),
        named(
            "multipart without a boundary",
            t -> Uploads.broken(t, Uploads.Breakage.NO_BOUNDARY, 0)),
        named(
            "multipart without its closing boundary",
            t -> Uploads.broken(t, Uploads.Breakage.NO_CLOSING_BOUNDARY, 0)),
        // Malformed JSON and wrong content types name the problem.
        named(
            "truncated JSON",
            t ->
                Probe.json(
                    "truncated JSON",
                    HttpMethod.PUT,
                    FuzzTenant.reportPath(t.community()),
                    Who.REGION_ADMIN,
                    Map.of(),
                    "{\"values\": {\"premises_area\": 8",
                    true)),
        named(
            "report as text/plain",
            t ->
                Probe.json(
                        "report as text/plain",
                        HttpMethod.PUT,
                        FuzzTenant.reportPath(t.community()),
                        Who.REGION_ADMIN,
                        Map.of(),
                        JsonBody.write(WriteRoute.REPORT_SAVE.valid(t).body()),
                        true)
                    .withContentType(MediaType.TEXT_PLAIN_VALUE, true)),
        // The request firewall's refusals, and over-long request lines and headers.
        named(
            "encoded dots in a path",
            t -> get("/api/v1/tenants/" + FuzzTenant.ID + "/%2e%2e/%2e%2e/plans")),
        named("encoded NUL in a path", t -> get("/api/v1/plans/%00")),
        named("encoded backslash in a path", t -> get("/api/v1/plans/a%5cb")),
        named("encoded slash in a path", t -> get("/api/v1/plans/a%2fb")),
        named("URI too long (414)", t -> get("/api/v1/plans/" + "a".repeat(20_000))),
        named(
            "request header too large (431)",
            t -> get("/api/v1/plans").withHeader("X-Shequ-Fuzz", "h".repeat(20_000))),
        // A route that does not exist is refused like any other request.
        named(
            "an unknown workflow step",
            t ->
                Probe.get(
                    "unknown step",
                    FuzzTenant.reportPath(t.street()) + "/publish",
                    Who.REGION_ADMIN,
                    true)),
        named("a malformed escape in a path", t -> get("/api/v1/plans/a%zz")),
        // Tokens without exp or sub.
        named("token without exp", t -> withToken(t, false, true)),
        named("token without sub, on a write", t -> withToken(t, true, false)));
  }

  @Test
  void anXlsxZipBombIsRefusedWithinASecond() {
    byte[] bomb = Uploads.zipBomb(37 * 1024 * 1024);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    Probe probe =
        Uploads.upload(
            "zip bomb (" + bomb.length + " bytes expanding to 37 MB)",
            Uploads.importPath(),
            Uploads.multipartType(),
            Uploads.multipart("file", "units.xlsx", bomb),
            true);
    Map<String, String> before = stored.snapshot();
    Wire.Outcome answer = wire.send(probe, Duration.ofSeconds(10));
    Answers.check(probe, answer, before, stored.snapshot());
    // A second on an idle machine; the test machines run several builds on two cores.
    assertThat(answer.took())
        .as("time to refuse %s", probe.label())
        .isLessThan(Duration.ofSeconds(2));
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** Sends the probe and checks the answer and, on refusal, that nothing was stored. */
  private Wire.Outcome exchange(Probe probe) {
    Map<String, String> before = stored.snapshot();
    Wire.Outcome answer = wire.send(probe);
    Answers.check(probe, answer, before, stored.snapshot());
    return answer;
  }

  private static Named named(String name, Function<FuzzTenant, Probe> probe) {
    return new Named(name, probe);
  }

  /** The route's valid request with the value at {@code path} replaced by {@code token}. */
  private static Named value(String name, WriteRoute route, String token, String... path) {
    return named(name, t -> mutated(name, t, route, REPLACE, token, path));
  }

  private static Named duplicate(String name, WriteRoute route, String... path) {
    return named(name, t -> mutated(name, t, route, DUPLICATE_KEY, null, path));
  }

  private static Probe mutated(
      String name, FuzzTenant t, WriteRoute route, Op op, String token, String... path) {
    WriteRoute.Request valid = route.valid(t);
    String json = JsonBody.write(valid.body(), JsonBody.indexOf(valid.body(), path), op, token);
    return Probe.json(name, valid.method(), valid.path(), valid.who(), valid.headers(), json, true);
  }

  private static Named param(String name, ParamRoute route, String parameter, String raw) {
    return named(name, t -> route.probe(t, KNOWN_FOR_NAMED, parameter, raw, true));
  }

  /** Named cases fuzz parameters of routes that need no plan data. */
  private static final Map<String, String> KNOWN_FOR_NAMED =
      Map.of("indicator", "none", "national", "none");

  private static Probe get(String target) {
    return Probe.get(
        target.length() > 80 ? target.substring(0, 80) + "…" : target, target, Who.ANONYMOUS, true);
  }

  /** A report write with a token the server signed but that lacks {@code exp} or {@code sub}. */
  private static Probe withToken(FuzzTenant t, boolean withExp, boolean withSub) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer("urn:shequ:embedded")
            .issueTime(Date.from(now))
            .claim("tenant", FuzzTenant.ID)
            .claim("roles", List.of("REGION_ADMIN"));
    if (withExp) {
      claims.expirationTime(Date.from(now.plusSeconds(600)));
    }
    if (withSub) {
      claims.subject("fuzz-admin");
    }
    WriteRoute.Request valid = WriteRoute.REPORT_SAVE.valid(t);
    return Probe.json(
            "token without " + (withExp ? "sub" : "exp"),
            valid.method(),
            valid.path(),
            Who.ANONYMOUS,
            Map.of(),
            JsonBody.write(valid.body()),
            true)
        .withHeader("Authorization", "Bearer " + SignedTokens.sign(dataDir(), claims.build()));
  }

  private String token(String subject, String tenantId, Role role) {
    return tokens.issue(subject, tenantId, List.of(role), null);
  }

  /** The {@code code} of the first element of a list in a public JSON document. */
  private String firstCode(String uri, String field) {
    byte[] body =
        client
            .mutate()
            .responseTimeout(Duration.ofSeconds(60))
            .build()
            .get()
            .uri(uri)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    JsonNode json = JsonMapper.builder().build().readTree(body);
    JsonNode list = field == null ? json : json.get(field);
    return list.get(0).get("code").asString();
  }
}
