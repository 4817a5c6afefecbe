package org.shequ.server.orgunit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Uploads of import files, written as spreadsheet programs save them. */
abstract class OrgUnitImportTestBase extends OrgUnitTestBase {
  protected static final String T = "xiamen";

  protected static final String BOUNDARY = "shequ-test-boundary";

  protected WebTestClient.ResponseSpec upload(
      String query, String filename, byte[] bytes, String lang) {
    return regionAdmin(T)
        .post()
        .uri("/api/v1/tenants/" + T + "/org-units/import" + query)
        .header("Accept-Language", lang)
        .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
        .bodyValue(multipart(filename, bytes))
        .exchange();
  }

  /**
   * A multipart body with a fixed boundary: the client's own writer draws a random boundary from a
   * blocking source on an event-loop thread, which BlockHound refuses.
   */
  protected static byte[] multipart(String filename, byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** UTF-8 with a byte-order mark and CRLF, as spreadsheet programs save "CSV UTF-8". */
  protected static byte[] csv(String... lines) {
    return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** CSV in {@code charset} without a byte-order mark, as Excel in China saves plain "CSV". */
  protected static byte[] csvIn(Charset charset, String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
  }

  protected static byte[] xlsx(List<String> header, List<?>... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("units");
      var h = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        for (int i = 0; i < rows[r].size(); i++) {
          Object v = rows[r].get(i);
          if (v instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else if (!"".equals(v)) {
            row.createCell(i).setCellValue(String.valueOf(v));
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  /** Whether the tenant has a unit with this id (as of today). */
  protected boolean exists(String id) {
    return regionAdmin(T)
        .get()
        .uri("/api/v1/tenants/" + T + "/org-units/" + id)
        .exchange()
        .returnResult(String.class)
        .getStatus()
        .is2xxSuccessful();
  }
}
