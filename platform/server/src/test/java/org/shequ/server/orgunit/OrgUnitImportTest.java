package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Importing CSV and XLSX files: all or nothing, with every bad row reported. */
class OrgUnitImportTest extends OrgUnitImportTestBase {

  @Test
  void aCsvWithChineseHeadersImportsAndReimportsAsNewVersions() {
    String s = id("s");
    byte[] file =
        csv(
            "编码,名称,层级,上级编码,类型,人口,户数,区划代码,标签",
            // A row may name a parent defined further down the file.
            id("c1") + ",筼筜社区,社区," + s + ",城市,8200,3100,350203001001,老旧小区;试点",
            id("c2") + ",何厝村,村," + s + ",农村,\"4,500\",1600,,",
            s + ",筼筜街道,街道,,,,,350203001,");
    upload("?effective=2017-01-01", "单元.csv", file, "zh-CN")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.created")
        .isEqualTo(3)
        .jsonPath("$.imported")
        .isEqualTo(true);

    get(regionAdmin(T), T, "?asOf=2017-06-01&parent=" + s)
        .jsonPath("$.roots[0].parentId")
        .isEqualTo(T)
        .jsonPath("$.roots[0].divisionCode")
        .isEqualTo("350203001")
        .jsonPath("$.roots[0].children[*].id")
        .isEqualTo(List.of(id("c1"), id("c2")))
        .jsonPath("$.roots[0].children[0].tags")
        .isEqualTo(List.of("老旧小区", "试点"))
        .jsonPath("$.roots[0].children[0].households")
        .isEqualTo(3100)
        .jsonPath("$.roots[0].children[1].population")
        .isEqualTo(4500)
        .jsonPath("$.roots[0].children[1].area")
        .isEqualTo("RURAL");

    // The same file again changes nothing; a changed population makes one new version.
    upload("?effective=2018-01-01", "单元.csv", file, "zh-CN")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.unchanged")
        .isEqualTo(3)
        .jsonPath("$.created")
        .isEqualTo(0);
    upload(
            "?effective=2018-01-01",
            "units.csv",
            csv(
                "id,name,level,parent,area,population",
                id("c2") + ",何厝村,COMMUNITY," + s + ",RURAL,4700"),
            "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.updated")
        .isEqualTo(1);
    get(regionAdmin(T), T, "/" + id("c2") + "?asOf=2017-06-01")
        .jsonPath("$.population")
        .isEqualTo(4500);
    get(regionAdmin(T), T, "/" + id("c2") + "?asOf=2018-06-01")
        .jsonPath("$.population")
        .isEqualTo(4700);
    get(regionAdmin(T), T, "/" + id("c2") + "/history")
        .jsonPath("$.versions[*].change")
        .isEqualTo(List.of("IMPORT", "IMPORT"));
  }

  @Test
  void anXlsxWithEnglishHeadersImports() throws IOException {
    String s = id("s");
    byte[] file =
        xlsx(
            List.of(
                "id", "name", "name_en", "level", "parent", "area", "population", "division_code"),
            List.of(s, "鼓浪屿街道", "Gulangyu Subdistrict", "STREET", "", "", "", "350203"),
            List.of(id("c"), "内厝澳社区", "", "COMMUNITY", s, "URBAN", 2600, 350203004001L));
    upload("?effective=2016-01-01", "units.xlsx", file, "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.created")
        .isEqualTo(2);
    get(regionAdmin(T), T, "/" + id("c"))
        .jsonPath("$.population")
        .isEqualTo(2600)
        .jsonPath("$.divisionCode")
        .isEqualTo("350203004001")
        .jsonPath("$.parentId")
        .isEqualTo(s);
    get(regionAdmin(T), T, "/" + s).jsonPath("$.name.en").isEqualTo("Gulangyu Subdistrict");
  }

  @Test
  void everyBadRowIsReportedAndNothingIsImported() {
    String s = id("s");
    byte[] file =
        csv(
            "编码,名称,层级,上级编码,类型,人口",
            s + ",好街道,街道,,,", // row 2: fine
            id("ok") + ",好社区,社区," + s + ",城市,100", // row 3: fine
            id("a") + ",坏层级,小区," + s + ",城市,100", // row 4: unknown level
            id("b") + ",坏人口,社区," + s + ",城市,很多", // row 5: population not a number
            id("ok") + ",重复,社区," + s + ",城市,1", // row 6: duplicate id
            id("c") + ",孤儿,社区," + id("nowhere") + ",城市,1", // row 7: unknown parent
            id("d") + ",无类型,社区," + s + ",,1", // row 8: community without area
            id("e") + ",甲,街道," + id("f") + ",,", // rows 9-10: a cycle (and level order)
            id("f") + ",乙,街道," + id("e") + ",,");
    upload("", "bad.csv", file, "zh-CN")
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:invalid-import-file")
        .jsonPath("$.errors[?(@.row == 4)].column")
        .isEqualTo(List.of("level"))
        .jsonPath("$.errors[?(@.row == 5)].code")
        .isEqualTo(List.of("not-a-whole-number"))
        .jsonPath("$.errors[?(@.row == 5)].message")
        .isEqualTo(List.of("人口须为整数：“很多”"))
        .jsonPath("$.errors[?(@.row == 6)].code")
        .isEqualTo(List.of("duplicate-id"))
        .jsonPath("$.errors[?(@.row == 7)].code")
        .isEqualTo(List.of("unknown-parent"))
        .jsonPath("$.errors[?(@.row == 8)].column")
        .isEqualTo(List.of("area"))
        .jsonPath("$.errors[?(@.row == 9)].code")
        .value(codes -> assertThat(codes.toString()).contains("cycle", "parent-level"))
        .jsonPath("$.errors[?(@.row == 10)].code")
        .value(codes -> assertThat(codes.toString()).contains("cycle"))
        .jsonPath("$.errors[?(@.row == 2 || @.row == 3)]")
        .isEmpty();
    // Not even the good rows were imported.
    regionAdmin(T)
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/" + s)
        .exchange()
        .expectStatus()
        .isNotFound();

    // A dry run answers the same without writing; a partial import takes the good rows only.
    upload("?partial=true&dryRun=true", "bad.csv", file, "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.created")
        .isEqualTo(2)
        .jsonPath("$.imported")
        .isEqualTo(false);
    regionAdmin(T)
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/" + s)
        .exchange()
        .expectStatus()
        .isNotFound();
    upload("?partial=true", "bad.csv", file, "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.created")
        .isEqualTo(2)
        .jsonPath("$.skipped[?(@.row == 5)].message")
        .isEqualTo(List.of("population must be a whole number: '很多'"));
    get(regionAdmin(T), T, "/" + id("ok")).jsonPath("$.name.zh").isEqualTo("好社区");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
    upload("", "u.csv", csv("编码,名字,颜色", "x,y,红"), "en")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[*].code")
        .value(codes -> assertThat(codes.toString()).contains("unknown-column", "missing-column"));
    upload("", "u.pdf", new byte[] {1, 2, 3}, "en").expectStatus().isEqualTo(422);
  }

  @Test
  void onlyTheRegionAdminImports() {
    nationalAnalyst()
        .post()
        .uri("/api/v1/tenants/" + T + "/org-units/import")
        .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
        .bodyValue(multipart("u.csv", csv("id,name,level", "x,y,STREET")))
        .exchange()
        .expectStatus()
        .isForbidden();
  }
}
