package org.shequ.server.orgunit;

import java.util.Locale;
import java.util.Optional;

/** The columns an org-unit file may have, each with its English and Chinese header. */
enum ImportColumn {
  ID("id", "编码"),
  NAME("name", "名称"),
  NAME_EN("name_en", "英文名称"),
  LEVEL("level", "层级"),
  PARENT("parent", "上级编码"),
  AREA("area", "类型"),
  POPULATION("population", "人口"),
  HOUSEHOLDS("households", "户数"),
  DIVISION_CODE("division_code", "区划代码"),
  TAGS("tags", "标签");

  final String en;
  final String zh;

  ImportColumn(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  static Optional<ImportColumn> byHeader(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    for (ImportColumn c : values()) {
      if (c.en.equals(h) || c.zh.equals(h)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The column a rule's field name refers to. */
  static String forField(String field) {
    return switch (field) {
      case "id" -> ID.en;
      case "name.zh" -> NAME.en;
      case "name.en" -> NAME_EN.en;
      case "level" -> LEVEL.en;
      case "parentId" -> PARENT.en;
      case "area" -> AREA.en;
      case "population" -> POPULATION.en;
      case "households" -> HOUSEHOLDS.en;
      case "divisionCode" -> DIVISION_CODE.en;
      case "tags" -> TAGS.en;
      default -> field;
    };
  }
}
