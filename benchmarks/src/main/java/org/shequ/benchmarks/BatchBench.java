package org.shequ.benchmarks;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/**
 * One batch upload, timed end to end: from the first byte of the file sent to the whole answer
 * received, with the CPU each process spent on it; rate = the file's rows ÷ that time.
 */
final class BatchBench {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv; charset=UTF-8";

  /** What one upload did and took; {@code status} 404 when the server has no batch endpoint. */
  record Upload(
      String name,
      int rows,
      int bytes,
      double seconds,
      int status,
      long stored,
      long unchanged,
      long refused,
      CpuTime cpu,
      String problem) {
    double rate() {
      return rows / seconds;
    }

    boolean measured() {
      return status == 200 || status == 201;
    }
  }

  /** The template download: status 404 when the server has no template endpoint. */
  record Template(int status, double seconds, int bytes) {}

  private BatchBench() {}

  /** Downloads the form's template for every unit of the tenant, timed. */
  static Template template(Api api, String token, String tenant, String form, String period)
      throws Exception {
    String path =
        "/api/v1/tenants/%s/forms/%s/template.xlsx?period=%s".formatted(tenant, form, period);
    long t0 = System.nanoTime();
    HttpResponse<byte[]> answer = api.download(path, token);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "template: GET %s → %d, %,d bytes in %.2f s%n",
        path, answer.statusCode(), answer.body().length, seconds);
    return new Template(answer.statusCode(), seconds, answer.body().length);
  }

  static Upload upload(
      Api api,
      long serverPid,
      String token,
      String name,
      String tenant,
      String query,
      String contentType,
      byte[] file,
      int rows)
      throws Exception {
    String path = "/api/v1/tenants/" + tenant + "/reports/batch?" + query;
    CpuTime before = CpuTime.now(serverPid);
    long t0 = System.nanoTime();
    HttpResponse<String> answer = api.upload(path, token, contentType, file);
    double seconds = (System.nanoTime() - t0) / 1e9;
    CpuTime spent = CpuTime.now(serverPid).since(before);
    int status = answer.statusCode();
    if (status != 200 && status != 201) {
      String body = answer.body();
      String shown = body.length() > 600 ? body.substring(0, 600) + "…" : body;
      System.out.printf("batch %s: POST %s → %d %s%n", name, path, status, shown);
      return new Upload(name, rows, file.length, seconds, status, 0, 0, 0, spent, shown);
    }
    JsonNode json = Api.JSON.readTree(answer.body());
    Upload upload =
        new Upload(
            name,
            rows,
            file.length,
            seconds,
            status,
            json.path("stored").asLong(),
            json.path("unchanged").asLong(),
            json.path("refused").asLong(),
            spent,
            json.path("errors").isEmpty() ? "" : json.path("errors").get(0).toString());
    System.out.printf(
        "batch %s: %d rows in %.2f s = %.0f rows/s (stored %d, unchanged %d, refused %d)%n",
        name, rows, seconds, upload.rate(), upload.stored(), upload.unchanged(), upload.refused());
    return upload;
  }
}
