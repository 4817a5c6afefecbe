package org.shequ.server.progress;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How progress judges what the reports say.
 *
 * @param minimumReportingRate the share of the units in an indicator's scope (org units of its
 *     level and area in the registry as of the period's end) that must have a counted report, in
 *     percent, before the value among them is judged; below it the status is {@code
 *     insufficient_data}. Default 80: the units that did not report could each move a share of
 *     units by up to (100 − rate) points, so below 80 % they could turn any status around, and 80 %
 *     is the unit response rate below which the US OMB's Standards and Guidelines for Statistical
 *     Surveys (2006, guideline 3.2.9) ask for a non-response bias analysis before an estimate is
 *     used. 0 never withholds a status; 100 asks for every unit.
 */
@Validated
@ConfigurationProperties("shequ.progress")
public record ProgressProperties(
    @DecimalMin("0") @DecimalMax("100") BigDecimal minimumReportingRate) {
  public ProgressProperties {
    minimumReportingRate =
        minimumReportingRate == null ? BigDecimal.valueOf(80) : minimumReportingRate;
  }
}
