package org.shequ.server.fuzz;

import static org.shequ.server.fuzz.JsonBody.arr;
import static org.shequ.server.fuzz.JsonBody.bool;
import static org.shequ.server.fuzz.JsonBody.date;
import static org.shequ.server.fuzz.JsonBody.id;
import static org.shequ.server.fuzz.JsonBody.integer;
import static org.shequ.server.fuzz.JsonBody.number;
import static org.shequ.server.fuzz.JsonBody.obj;
import static org.shequ.server.fuzz.JsonBody.text;
import static org.shequ.server.fuzz.JsonBody.word;

import java.util.Map;
import org.shequ.server.fuzz.JsonBody.Node;
import org.springframework.http.HttpMethod;

/**
 * Every route that takes a JSON body, each with a valid request on fresh fixtures: the starting
 * point the fuzz test mutates. (The multipart import is fuzzed on its own.)
 */
enum WriteRoute {
  REPORT_SAVE {
    @Override
    Request valid(FuzzTenant t) {
      return new Request(
          HttpMethod.PUT,
          FuzzTenant.reportPath(t.community()),
          Map.of(),
          obj("values", reportValues().required(), "comment", text("第一季度")).required());
    }
  },
  REPORT_SUBMIT {
    @Override
    Request valid(FuzzTenant t) {
      return step(t.report("DRAFT"), "submit");
    }
  },
  REPORT_APPROVE {
    @Override
    Request valid(FuzzTenant t) {
      return step(t.report("SUBMITTED"), "approve");
    }
  },
  REPORT_RETURN {
    @Override
    Request valid(FuzzTenant t) {
      return step(t.report("SUBMITTED"), "return");
    }
  },
  REPORT_REOPEN {
    @Override
    Request valid(FuzzTenant t) {
      return step(t.report("APPROVED"), "reopen");
    }
  },
  CALENDAR_SET {
    @Override
    Request valid(FuzzTenant t) {
      return new Request(
          HttpMethod.PUT,
          "/api/v1/tenants/"
              + FuzzTenant.ID
              + "/calendar/"
              + FuzzTenant.FORM
              + "/"
              + FuzzTenant.CALENDAR_PERIOD,
          Map.of(),
          obj("opens", date("2020-01-01").required(), "closes", date("2020-12-31").required())
              .required());
    }
  },
  UNIT_ADD {
    @Override
    Request valid(FuzzTenant t) {
      return new Request(
          HttpMethod.POST,
          units(""),
          Map.of(),
          obj(
                  "id",
                  id(t.newId("n")),
                  "parentId",
                  id(t.street()),
                  "level",
                  word("COMMUNITY"),
                  "area",
                  word("URBAN"),
                  "name",
                  obj("zh", text("新社区").required(), "en", text("New community")).required(),
                  "divisionCode",
                  text("320411001001"),
                  "population",
                  integer(4200),
                  "households",
                  integer(1500),
                  "tags",
                  arr(text("老旧小区"), text("试点")),
                  "effective",
                  date(FuzzTenant.CHANGED))
              .required());
    }
  },
  UNIT_EDIT {
    @Override
    Request valid(FuzzTenant t) {
      String unit = t.community();
      return new Request(
          HttpMethod.PATCH,
          units("/" + unit),
          Map.of("If-Match", t.revision(unit)),
          obj(
                  "name",
                  obj("zh", text("改名社区"), "en", text("Renamed")),
                  "area",
                  word("RURAL"),
                  "divisionCode",
                  text("320411001002"),
                  "population",
                  integer(5100),
                  "households",
                  integer(1700),
                  "tags",
                  arr(text("试点")),
                  "effective",
                  date(FuzzTenant.CHANGED))
              .required());
    }
  },
  UNIT_MOVE {
    @Override
    Request valid(FuzzTenant t) {
      return new Request(
          HttpMethod.POST,
          units("/" + t.community() + "/move"),
          Map.of(),
          obj("parentId", id(t.otherStreet()), "effective", date(FuzzTenant.CHANGED)).required());
    }
  },
  UNIT_DEACTIVATE {
    @Override
    Request valid(FuzzTenant t) {
      // The body is optional: without it the unit closes today.
      return new Request(
          HttpMethod.POST,
          units("/" + t.community() + "/deactivate"),
          Map.of(),
          obj("effective", date(FuzzTenant.CHANGED)));
    }
  },
  UNIT_MERGE {
    @Override
    Request valid(FuzzTenant t) {
      return new Request(
          HttpMethod.POST,
          units("/merge"),
          Map.of(),
          obj(
                  "from",
                  arr(id(t.community()), id(t.community())).required(),
                  "into",
                  obj(
                          "id",
                          id(t.newId("m")),
                          "area",
                          word("URBAN"),
                          "name",
                          obj("zh", text("合并社区")))
                      .required()
                      .identifies(),
                  "effective",
                  date(FuzzTenant.CHANGED))
              .required());
    }
  },
  UNIT_SPLIT {
    @Override
    Request valid(FuzzTenant t) {
      return new Request(
          HttpMethod.POST,
          units("/" + t.community() + "/split"),
          Map.of(),
          obj(
                  "into",
                  arr(
                          obj(
                                  "id",
                                  id(t.newId("a")),
                                  "area",
                                  word("URBAN"),
                                  "name",
                                  obj("zh", text("东社区")))
                              .identifies(),
                          obj(
                                  "id",
                                  id(t.newId("b")),
                                  "area",
                                  word("URBAN"),
                                  "name",
                                  obj("zh", text("西社区")))
                              .identifies())
                      .required(),
                  "effective",
                  date(FuzzTenant.CHANGED))
              .required());
    }
  },
  DEV_TOKEN {
    @Override
    Request valid(FuzzTenant t) {
      return new Request(
          HttpMethod.POST,
          "/api/v1/dev/token",
          Map.of(),
          obj(
                  "subject",
                  text("fuzz-reporter").required(),
                  "tenant",
                  id(FuzzTenant.ID),
                  "roles",
                  arr(word("REPORTER")).required(),
                  "orgUnit",
                  id(t.street()))
              .required(),
          Who.ANONYMOUS);
    }
  };

  /** A valid request: where, its headers, its body, and who sends it. */
  record Request(HttpMethod method, String path, Map<String, String> headers, Node body, Who who) {
    Request(HttpMethod method, String path, Map<String, String> headers, Node body) {
      this(method, path, headers, body, Who.REGION_ADMIN);
    }
  }

  abstract Request valid(FuzzTenant t);

  private static Request step(FuzzTenant.Report report, String step) {
    // The comment is optional, and so is the whole body.
    return new Request(
        HttpMethod.POST,
        report.path() + "/" + step,
        Map.of("If-Match", report.etag()),
        obj("comment", text("请核对")));
  }

  private static String units(String rest) {
    return "/api/v1/tenants/" + FuzzTenant.ID + "/org-units" + rest;
  }

  private static Node reportValues() {
    return obj(
        "premises_area", number(800),
        "office_area", number(100),
        "high_standard_harmonious", bool(true),
        "social_workers_under_45", number(10),
        "certified_social_workers_under_45", number(5),
        "info_platform_functions_extended", bool(true),
        "social_orgs", number(8),
        "social_orgs_with_party_work", number(4),
        "democratic_consultation", bool(false));
  }
}
