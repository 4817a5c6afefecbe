package org.shequ.server.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CSV files as Excel in China saves them: GBK or GB18030, or UTF-8 with or without a BOM. */
class OrgUnitImportEncodingTest extends OrgUnitImportTestBase {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void aGbkFileWithTheHeaderChengxiangImports() {
    String s = id("s");
    byte[] file =
        csvIn(
            GBK,
            "编码,名称,层级,上级编码,城乡,人口",
            s + ",滨海街道,街道,,,",
            id("c") + ",曾厝垵社区,社区," + s + ",城市,5600",
            id("v") + ",黄厝村,村," + s + ",农村,3100");
    // Not UTF-8: the bytes of 滨海 in GBK are not a valid UTF-8 sequence.
    assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("滨海");

    upload("", "单元.csv", file, "zh-CN")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.created")
        .isEqualTo(3)
        .jsonPath("$.charset")
        .isEqualTo("GB18030")
        .jsonPath("$.columns[?(@.header == '城乡')].column")
        .isEqualTo(java.util.List.of("area"));

    get(regionAdmin(T), T, "/" + id("c"))
        .jsonPath("$.name.zh")
        .isEqualTo("曾厝垵社区")
        .jsonPath("$.area")
        .isEqualTo("URBAN")
        .jsonPath("$.parentId")
        .isEqualTo(s);
    get(regionAdmin(T), T, "/" + id("v")).jsonPath("$.area").isEqualTo("RURAL");
    get(regionAdmin(T), T, "/" + s).jsonPath("$.name.zh").isEqualTo("滨海街道");
  }

  @Test
  void aGb18030FileWithCharactersBeyondGbkImports() {
    // 䶮 (U+4DAE) has no GBK code; GB18030 writes it in four bytes.
    String name = "䶮山社区";
    assertThat(GBK.newEncoder().canEncode(name)).isFalse();
    String s = id("s");
    byte[] file =
        csvIn(
            GB18030,
            "编码,名称,层级,上级编码,城乡类型",
            s + ",龙山街道,街道,,",
            id("c") + "," + name + ",社区," + s + ",城市");

    upload("", "单元.csv", file, "zh-CN")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.created")
        .isEqualTo(2);
    get(regionAdmin(T), T, "/" + id("c")).jsonPath("$.name.zh").isEqualTo(name);
  }

  @Test
  void utf8ImportsWithAndWithoutAByteOrderMark() {
    String s = id("s");
    upload("", "bom.csv", csv("编码,名称,层级", s + ",鹭江街道,街道"), "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.charset")
        .isEqualTo("UTF-8")
        // The mark is not part of the first header.
        .jsonPath("$.columns[0].header")
        .isEqualTo("编码");
    upload(
            "",
            "plain.csv",
            csvIn(StandardCharsets.UTF_8, "编码,名称,层级,上级编码,城乡", id("c") + ",镇海社区,社区," + s + ",城市"),
            "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.charset")
        .isEqualTo("UTF-8");
    get(regionAdmin(T), T, "/" + s).jsonPath("$.name.zh").isEqualTo("鹭江街道");
    get(regionAdmin(T), T, "/" + id("c")).jsonPath("$.name.zh").isEqualTo("镇海社区");
  }

  @Test
  void aNamedEncodingIsUsedAndAWrongOneIsNamedInTheError() {
    String s = id("s");
    byte[] gbk = csvIn(GBK, "编码,名称,层级", s + ",中华街道,街道");
    upload("?charset=UTF-8", "u.csv", gbk, "en")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("not-in-charset")
        .jsonPath("$.errors[0].message")
        .isEqualTo(
            "the CSV file is not valid UTF-8; choose another encoding or leave it to be detected");
    assertThat(exists(s)).isFalse();

    upload("?charset=gbk", "u.csv", gbk, "en")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.charset")
        .isEqualTo("GBK");
    get(regionAdmin(T), T, "/" + s).jsonPath("$.name.zh").isEqualTo("中华街道");

    upload("?charset=latin1", "u.csv", gbk, "en")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("charset");
  }
}
