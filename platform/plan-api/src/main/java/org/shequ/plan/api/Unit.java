package org.shequ.plan.api;

/**
 * Units of indicators and form fields, with their labels.
 *
 * <p>Chosen by a plugin for indicators and fields; read by the host whenever it renders a figure.
 */
public enum Unit {
  PERCENT("%", "%"),
  COUNT("个", "count"),
  PERSONS("人", "persons"),
  PERSON_TIMES("人次", "person-times"),
  /** Occurrences, e.g. trainings held (次); since 1.1. */
  TIMES("次", "times"),
  HOURS("学时", "hours"),
  SQUARE_METRES("平方米", "m²"),
  CNY("元", "CNY"),
  TEN_THOUSAND_CNY("万元", "10,000 CNY"),
  PER_10K_RESIDENTS("每万人", "per 10,000 residents"),
  HOUSEHOLDS("户", "households"),
  STAGE("阶段", "stage"),
  NONE("", "");

  private final String zh;
  private final String en;

  Unit(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public LocalizedText label() {
    return LocalizedText.of(zh, en);
  }
}
