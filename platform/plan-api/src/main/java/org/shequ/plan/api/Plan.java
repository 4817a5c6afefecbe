package org.shequ.plan.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan document as live software: its identity, its period, and its indicators, tasks and
 * forms. Immutable; built once by a {@link PlanModule}.
 *
 * <p>Returned by {@link PlanModule#plan()}, which the host calls when it loads the plugin (see
 * there); the host validates it with {@link PlanValidator}, keeps it in memory and serves it as
 * JSON ({@code GET /api/v1/plans/{id}}). Immutable; never blocks.
 *
 * @param id stable id, {@code <region>-<start>-<end>}, e.g. {@code zhejiang-2016-2020}
 * @param region the tenant id the plan is written for, or null for the national benchmark
 * @param documentNumber 文号 such as {@code 厦民〔2017〕235号}, or null when the document has none
 * @param publishedDate when the text was made public, if later than issued, or null
 * @param inferred metadata the document does not print, each with the reason the plugin gives for
 *     the value it chose (e.g. an issue date taken from the conference the page belongs to). Empty
 *     when everything is printed. Reviewers and national staff read it beside the plan's header
 *     ({@code GET /api/v1/plans/{id}}) to know which dates and issuers to quote with care. Added in
 *     1.1; plugins built against 1.0 get an empty map.
 * @param goals the qualitative 发展目标 / 总体目标, each with its provenance; since 1.1
 * @param reviewFigures figures of the document's review of the previous period (十二五 baselines),
 *     kept as numbers; since 1.1
 * @param lost parts of the document the captured text lost, by title, so nothing is guessed in
 *     their place; since 1.1
 * @param indicatorGroups the headings under which the document gathers its indicators (专栏, 工程), in
 *     the document's order; an indicator sits in at most one, and may sit in none. Empty when the
 *     plan declares none, as for plugins built against 1.1; since 1.2
 */
public record Plan(
    String id,
    LocalizedText title,
    String region,
    List<Issuer> issuers,
    String documentNumber,
    LocalDate issueDate,
    LocalDate publishedDate,
    PlanPeriod period,
    List<Indicator> indicators,
    List<Task> tasks,
    List<Form> forms,
    Map<MetadataField, String> inferred,
    List<Goal> goals,
    List<ReviewFigure> reviewFigures,
    List<LostContent> lost,
    List<IndicatorGroup> indicatorGroups) {

  /** The 1.1 shape, without indicator groups. */
  public Plan(
      String id,
      LocalizedText title,
      String region,
      List<Issuer> issuers,
      String documentNumber,
      LocalDate issueDate,
      LocalDate publishedDate,
      PlanPeriod period,
      List<Indicator> indicators,
      List<Task> tasks,
      List<Form> forms,
      Map<MetadataField, String> inferred,
      List<Goal> goals,
      List<ReviewFigure> reviewFigures,
      List<LostContent> lost) {
    this(
        id,
        title,
        region,
        issuers,
        documentNumber,
        issueDate,
        publishedDate,
        period,
        indicators,
        tasks,
        forms,
        inferred,
        goals,
        reviewFigures,
        lost,
        List.of());
  }

  /** The shape with inferred metadata but without goals, review figures or lost content. */
  public Plan(
      String id,
      LocalizedText title,
      String region,
      List<Issuer> issuers,
      String documentNumber,
      LocalDate issueDate,
      LocalDate publishedDate,
      PlanPeriod period,
      List<Indicator> indicators,
      List<Task> tasks,
      List<Form> forms,
      Map<MetadataField, String> inferred) {
    this(
        id,
        title,
        region,
        issuers,
        documentNumber,
        issueDate,
        publishedDate,
        period,
        indicators,
        tasks,
        forms,
        inferred,
        List.of(),
        List.of(),
        List.of());
  }

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    issuers = List.copyOf(issuers);
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(period, "period");
    indicators = List.copyOf(indicators);
    tasks = List.copyOf(tasks);
    forms = List.copyOf(forms);
    inferred = inferred == null ? Map.of() : Collections.unmodifiableMap(copy(inferred));
    goals = goals == null ? List.of() : List.copyOf(goals);
    reviewFigures = reviewFigures == null ? List.of() : List.copyOf(reviewFigures);
    lost = lost == null ? List.of() : List.copyOf(lost);
    indicatorGroups = indicatorGroups == null ? List.of() : List.copyOf(indicatorGroups);
  }

  /** The 1.0 shape, with nothing inferred. */
  public Plan(
      String id,
      LocalizedText title,
      String region,
      List<Issuer> issuers,
      String documentNumber,
      LocalDate issueDate,
      LocalDate publishedDate,
      PlanPeriod period,
      List<Indicator> indicators,
      List<Task> tasks,
      List<Form> forms) {
    this(
        id,
        title,
        region,
        issuers,
        documentNumber,
        issueDate,
        publishedDate,
        period,
        indicators,
        tasks,
        forms,
        Map.of());
  }

  private static Map<MetadataField, String> copy(Map<MetadataField, String> inferred) {
    Map<MetadataField, String> copy = new EnumMap<>(MetadataField.class);
    inferred.forEach(
        (field, reason) -> {
          if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("inferred " + field + " needs a reason");
          }
          copy.put(Objects.requireNonNull(field, "field"), reason);
        });
    return copy;
  }

  /** Why {@code field} was inferred, or empty when the document prints it. */
  public Optional<String> inferredReason(MetadataField field) {
    return Optional.ofNullable(inferred.get(field));
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /**
   * The group the document puts {@code indicatorCode} under, or empty when it is in none.
   *
   * @since 1.2
   */
  public Optional<IndicatorGroup> groupOf(String indicatorCode) {
    return indicatorGroups.stream().filter(g -> g.contains(indicatorCode)).findFirst();
  }

  public Optional<Form> form(String code) {
    return forms.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  public Optional<Task> task(String code) {
    return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link Plan}. */
  public static final class Builder {
    private final String id;
    private LocalizedText title;
    private String region;
    private final List<Issuer> issuers = new ArrayList<>();
    private String documentNumber;
    private LocalDate issueDate;
    private LocalDate publishedDate;
    private PlanPeriod period;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final List<Form> forms = new ArrayList<>();
    private final Map<MetadataField, String> inferred = new EnumMap<>(MetadataField.class);
    private final List<Goal> goals = new ArrayList<>();
    private final List<ReviewFigure> reviewFigures = new ArrayList<>();
    private final List<LostContent> lost = new ArrayList<>();
    private final List<IndicatorGroup> indicatorGroups = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String zh, String en) {
      this.title = LocalizedText.of(zh, en);
      return this;
    }

    public Builder region(String tenantId) {
      this.region = tenantId;
      return this;
    }

    public Builder issuer(Issuer issuer) {
      this.issuers.add(issuer);
      return this;
    }

    public Builder documentNumber(String documentNumber) {
      this.documentNumber = documentNumber;
      return this;
    }

    public Builder issueDate(LocalDate issueDate) {
      this.issueDate = issueDate;
      return this;
    }

    public Builder publishedDate(LocalDate publishedDate) {
      this.publishedDate = publishedDate;
      return this;
    }

    public Builder period(int startYear, int endYear) {
      this.period = new PlanPeriod(startYear, endYear);
      return this;
    }

    public Builder indicator(Indicator indicator) {
      this.indicators.add(indicator);
      return this;
    }

    public Builder task(Task task) {
      this.tasks.add(task);
      return this;
    }

    public Builder form(Form form) {
      this.forms.add(form);
      return this;
    }

    /** Marks {@code field} as not printed in the document, with the reason for the value set. */
    public Builder inferred(MetadataField field, String reason) {
      this.inferred.put(field, reason);
      return this;
    }

    /**
     * A qualitative goal of the plan.
     *
     * @since 1.1
     */
    public Builder goal(Goal goal) {
      this.goals.add(goal);
      return this;
    }

    /**
     * A figure of the review of the previous period, kept as a number.
     *
     * @since 1.1
     */
    public Builder reviewFigure(ReviewFigure figure) {
      this.reviewFigures.add(figure);
      return this;
    }

    /**
     * Part of the document the captured text lost.
     *
     * @since 1.1
     */
    public Builder lost(String section, String title, String note) {
      this.lost.add(new LostContent(section, title, note));
      return this;
    }

    /**
     * A heading of the document gathering some of its indicators, after those added before.
     *
     * @since 1.2
     */
    public Builder indicatorGroup(IndicatorGroup group) {
      this.indicatorGroups.add(group);
      return this;
    }

    /**
     * A heading of the document gathering {@code indicatorCodes}, in that order.
     *
     * @since 1.2
     */
    public Builder indicatorGroup(
        String code, String zh, String en, Provenance provenance, String... indicatorCodes) {
      return indicatorGroup(
          new IndicatorGroup(code, LocalizedText.of(zh, en), provenance, List.of(indicatorCodes)));
    }

    public Plan build() {
      return new Plan(
          id,
          title,
          region,
          issuers,
          documentNumber,
          issueDate,
          publishedDate,
          period,
          indicators,
          tasks,
          forms,
          inferred,
          goals,
          reviewFigures,
          lost,
          indicatorGroups);
    }
  }
}
