package org.shequ.server.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and tuning of the batch report upload ({@code POST …/reports/batch}).
 *
 * @param maxRows the most data rows one file may hold; a file with more is refused with 413 as soon
 *     as the reader sees one too many. Default 50,000: a province's communities in one file.
 * @param maxBytes the largest file accepted; a larger body is refused with 413 while it arrives.
 *     Default 32 MB: a 50,000-row workbook of a wide form is about 5 MB, a CSV about 10 MB.
 * @param chunkRows how many report versions one INSERT statement writes. Default 2,000: large
 *     enough that a statement's fixed cost (a round trip, the per-statement triggers) is spread
 *     thin, small enough that its parameter arrays stay a few hundred kilobytes.
 */
@Validated
@ConfigurationProperties("shequ.batch")
public record BatchProperties(
    @Min(1) @Max(1_000_000) Integer maxRows,
    DataSize maxBytes,
    @Min(1) @Max(50_000) Integer chunkRows) {
  public BatchProperties {
    maxRows = maxRows == null ? 50_000 : maxRows;
    maxBytes = maxBytes == null ? DataSize.ofMegabytes(32) : maxBytes;
    chunkRows = chunkRows == null ? 2_000 : chunkRows;
    if (maxBytes.toBytes() < 1 || maxBytes.toBytes() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("shequ.batch.max-bytes must be between 1 B and 2 GB");
    }
  }
}
