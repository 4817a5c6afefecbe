package org.shequ.server.orgunit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns an org-unit file may have, each with its English and Chinese header and the other
 * headers people write for it (what other systems export, what a clerk would type). Headers match
 * whatever their case, spacing, underscores or hyphens, and a trailing note such as {@code *},
 * {@code （必填）} or {@code (persons)} is ignored.
 */
enum ImportColumn {
  ID("id", "编码", "code", "unit id", "unit code", "单元编码", "组织编码", "机构编码", "编号", "代码"),
  NAME("name", "名称", "name zh", "chinese name", "单元名称", "组织名称", "机构名称", "中文名称", "名字"),
  NAME_EN("name_en", "英文名称", "english name", "name english", "英文名"),
  LEVEL("level", "层级", "unit level", "级别", "层次", "单元层级", "行政级别"),
  PARENT(
      "parent",
      "上级编码",
      "parent id",
      "parent code",
      "parent unit",
      "上级",
      "上级单元",
      "上级代码",
      "上级单位",
      "所属上级",
      "父级编码"),
  AREA(
      "area",
      "城乡类型",
      "area type",
      "urban rural",
      "urban or rural",
      "城乡",
      "城乡属性",
      "城乡分类",
      "区域类型",
      "类型"),
  POPULATION("population", "人口", "人口数", "常住人口", "人口数量"),
  HOUSEHOLDS("households", "户数", "household count", "总户数", "家庭户数"),
  DIVISION_CODE(
      "division_code",
      "区划代码",
      "division",
      "admin code",
      "administrative division code",
      "行政区划代码",
      "统计用区划代码"),
  TAGS("tags", "标签", "tag", "labels", "标记");

  /** The English header, also the column's name in error lists and mappings. */
  final String en;

  /** The Chinese header the template uses. */
  final String zh;

  /** Every header that names this column, as people write it. */
  private final List<String> names;

  /** The same, normalised. */
  private final List<String> headers;

  private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();

  static {
    for (ImportColumn c : values()) {
      for (String h : c.headers) {
        if (BY_HEADER.put(h, c) != null) {
          throw new IllegalStateException("header '" + h + "' names two columns");
        }
      }
    }
  }

  ImportColumn(String en, String zh, String... synonyms) {
    this.en = en;
    this.zh = zh;
    List<String> all = new java.util.ArrayList<>(List.of(en, zh));
    all.addAll(List.of(synonyms));
    this.names = List.copyOf(all);
    this.headers = all.stream().map(ImportColumn::normalise).toList();
  }

  /** The header in {@code locale}'s language, as the template writes it. */
  String header(Locale locale) {
    return locale.getLanguage().equals("zh") ? zh : en;
  }

  /** Every header that names this column, as the documentation lists them. */
  List<String> names() {
    return names;
  }

  static Optional<ImportColumn> byHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(normalise(header)));
  }

  static String normalise(String header) {
    return Normal.form(header);
  }

  /** Header normalisation; its own class, as an enum's constants are built before its statics. */
  private static final class Normal {
    /** A trailing note: {@code *}, or a bracketed remark in ASCII or full-width brackets. */
    private static final Pattern NOTE = Pattern.compile("\\s*([*＊]|[(（][^()（）]*[)）])\\s*$");

    /** Spaces (also full-width and no-break ones), underscores, hyphens and dots between words. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000_\\-.·]+");

    static String form(String header) {
      String h = header.replace("\uFEFF", "").strip();
      String before;
      do {
        before = h;
        h = NOTE.matcher(h).replaceFirst("");
      } while (!h.equals(before) && !h.isEmpty());
      return SEPARATORS.matcher(h.toLowerCase(Locale.ROOT)).replaceAll("");
    }
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
