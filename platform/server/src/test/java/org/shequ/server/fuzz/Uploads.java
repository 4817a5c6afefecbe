package org.shequ.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpMethod;

/**
 * Multipart bodies for {@code POST …/org-units/import}: a valid CSV upload on fresh unit ids, and
 * the ways a file or its multipart envelope can be broken.
 */
final class Uploads {
  static final String BOUNDARY = "shequ-fuzz-boundary";

  private Uploads() {}

  static String importPath() {
    return "/api/v1/tenants/" + FuzzTenant.ID + "/org-units/import";
  }

  /** A CSV of two new communities in the fixture street, with Chinese headers. */
  static byte[] validCsv(FuzzTenant t) {
    return csv(
        "编码,名称,层级,上级编码,类型,人口,户数,区划代码,标签",
        t.newId("i") + ",导入社区," + "社区," + t.street() + ",城市,8200,3100,320411001003,试点",
        t.newId("i") + ",导入村,村," + t.street() + ",农村,4500,1600,,");
  }

  static byte[] csv(String... lines) {
    return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A multipart body with one part named {@code part} holding {@code file}. */
  static byte[] multipart(String part, String filename, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\""
            + part
            + "\"; filename=\""
            + filename
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static String multipartType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  static Probe upload(
      String label, String target, String contentType, byte[] body, boolean refuse) {
    return new Probe(
        label, HttpMethod.POST, target, Who.REGION_ADMIN, Map.of(), contentType, body, refuse);
  }

  /** A valid upload to {@code target} (the import path with some query). */
  static Probe csvImport(String label, String target, FuzzTenant t, boolean refuse) {
    return upload(
        label, target, multipartType(), multipart("file", "units.csv", validCsv(t)), refuse);
  }

  /** The ways an upload can be broken, each applied to a valid one. */
  enum Breakage {
    NONE(false),
    TRUNCATED(true),
    NO_BOUNDARY(true),
    WRONG_BOUNDARY(true),
    NO_CLOSING_BOUNDARY(true),
    NO_FILE_PART(true),
    JSON_CONTENT_TYPE(true),
    EMPTY_BODY(true),
    EMPTY_FILE(true),
    NUL_IN_CELL(true),
    INVALID_UTF8_IN_CELL(true),
    SURROGATE_BYTES_IN_CELL(true),
    INFINITE_POPULATION(true),
    OVERFLOWING_POPULATION(true),
    UNDERFLOWING_POPULATION(true),
    GARBAGE_XLSX(true),
    TRUNCATED_XLSX(true),
    NOT_A_TABLE(true);

    final boolean refuse;

    Breakage(boolean refuse) {
      this.refuse = refuse;
    }
  }

  /** A valid upload broken in one way; {@code cut} in ‰ says where a truncation falls. */
  static Probe broken(FuzzTenant t, Breakage b, int cut) {
    String label = "import " + b + (b == Breakage.TRUNCATED ? " at " + cut + "‰" : "");
    String target = importPath() + "?effective=" + FuzzTenant.CHANGED;
    byte[] file = validCsv(t);
    String name = "units.csv";
    String type = multipartType();
    String part = "file";
    switch (b) {
      case NONE,
          TRUNCATED,
          NO_BOUNDARY,
          WRONG_BOUNDARY,
          NO_CLOSING_BOUNDARY,
          JSON_CONTENT_TYPE,
          EMPTY_BODY -> {}
      case NO_FILE_PART -> part = "upload";
      case EMPTY_FILE -> file = new byte[0];
      case NUL_IN_CELL -> file = cell(t, "导入\u0000社区".getBytes(StandardCharsets.UTF_8));
      case INVALID_UTF8_IN_CELL -> file = cell(t, new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
      case SURROGATE_BYTES_IN_CELL ->
          file = cell(t, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'x'});
      case INFINITE_POPULATION -> file = population(t, "1e309");
      case OVERFLOWING_POPULATION -> file = population(t, "2147483648");
      case UNDERFLOWING_POPULATION -> file = population(t, "1e-400");
      case GARBAGE_XLSX -> {
        name = "units.xlsx";
        file = "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1);
      }
      case TRUNCATED_XLSX -> {
        name = "units.xlsx";
        byte[] whole =
            zip(Map.of("[Content_Types].xml", new byte[2000], "xl/workbook.xml", new byte[2000]));
        file = Arrays.copyOf(whole, whole.length / 2);
      }
      case NOT_A_TABLE -> {
        name = "units.pdf";
        file = new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'};
      }
    }
    byte[] body = multipart(part, name, file);
    switch (b) {
      case TRUNCATED ->
          // At least the closing delimiter's last dash goes: what is left is never complete.
          body =
              Arrays.copyOf(body, Math.max(1, Math.min(body.length - 5, body.length * cut / 1000)));
      case NO_BOUNDARY -> type = "multipart/form-data";
      case WRONG_BOUNDARY -> type = "multipart/form-data; boundary=not-the-one-used";
      case NO_CLOSING_BOUNDARY ->
          body = Arrays.copyOf(body, body.length - ("--" + BOUNDARY + "--\r\n").length());
      case JSON_CONTENT_TYPE -> type = "application/json";
      case EMPTY_BODY -> body = new byte[0];
      default -> {}
    }
    return upload(label, target, type, body, b.refuse);
  }

  private static byte[] cell(FuzzTenant t, byte[] name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("编码,名称,层级,上级编码,类型\r\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes((t.newId("i") + ",").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(name);
    out.writeBytes((",社区," + t.street() + ",城市\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] population(FuzzTenant t, String population) {
    return csv(
        "编码,名称,层级,上级编码,类型,人口", t.newId("i") + ",导入社区,社区," + t.street() + ",城市," + population);
  }

  /**
   * A real workbook whose one sheet expands from about half a megabyte to {@code expandedBytes} of
   * valid rows: the "zip bomb" an import must refuse quickly.
   */
  static byte[] zipBomb(int expandedBytes) {
    byte[] small;
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var header = book.createSheet("units").createRow(0);
      String[] columns = {"id", "name", "level"};
      for (int i = 0; i < columns.length; i++) {
        header.createCell(i).setCellValue(columns[i]);
      }
      book.write(out);
      small = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream sheet = new ByteArrayOutputStream(expandedBytes + 1024);
    sheet.writeBytes(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
            .getBytes(StandardCharsets.UTF_8));
    byte[] row =
        "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
    // Every twelfth row differs, so the sheet compresses about 70 to 1: enough to stay under
    // POI's own inflate-ratio guard (100 to 1) and still expand to tens of megabytes.
    java.util.Random random = new java.util.Random(9);
    for (int i = 0; sheet.size() < expandedBytes; i++) {
      if (i % 12 == 0) {
        sheet.writeBytes(
            "<row><c t=\"inlineStr\"><is><t>%08d</t></is></c></row>"
                .formatted(random.nextInt(100_000_000))
                .getBytes(StandardCharsets.UTF_8));
      } else {
        sheet.writeBytes(row);
      }
    }
    sheet.writeBytes("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> entries = new java.util.TreeMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(small))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    entries.put("xl/worksheets/sheet1.xml", sheet.toByteArray());
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (var e : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
