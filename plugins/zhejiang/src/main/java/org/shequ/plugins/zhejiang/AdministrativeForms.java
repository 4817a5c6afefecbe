package org.shequ.plugins.zhejiang;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Unit;

/** The yearly forms of streets and townships, of counties, and of the province itself. */
final class AdministrativeForms {
  private AdministrativeForms() {}

  static Form street() {
    return new Form(
        Fields.STREET_FORM,
        LocalizedText.of(
            "街道(乡镇)社区治理年度情况表", "Annual street and township community governance report"),
        OrgUnitLevel.STREET,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            yesNo(
                Fields.STREET_HAS_SERVICE_CENTRE,
                "是否建有街道(乡镇)社区服务中心",
                "Has a street or township community service centre"),
            yesNo(
                Fields.STREET_HAS_HUB_ORG,
                "是否有依法登记的枢纽型、支持型社会组织",
                "Has a registered hub or support social organisation")),
        List.of(),
        Sources.derived(
            Sections.TABLE,
            Quotes.T5_HUB,
            "the street-level part of row 5 and the service centres counted in 一(一)1"));
  }

  static Form county() {
    return new Form(
        Fields.COUNTY_FORM,
        LocalizedText.of("县(市、区)社区工作领军人才培育情况表", "County report on community-work leading talents"),
        OrgUnitLevel.COUNTY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(Fields.LEADER_TALENTS, FieldType.INTEGER)
                .label("“十三五”以来累计培育的社区工作领军人才人数", "Leading talents trained since 2016 (cumulative)")
                .unit(Unit.PERSONS)
                .min(0)
                .max(100)
                .required()
                .help(
                    "省级社区工作领军人才培养中本县(市、区)累计培育的人数",
                    "People this county has trained in the provincial leading-talent programme,"
                        + " counted from 2016")
                .build()),
        List.of(),
        Sources.derived(
            Sections.TABLE,
            Quotes.T8_TARGET,
            "row 8 sets a figure for each county, so counties report it"));
  }

  static Form region() {
    return new Form(
        Fields.REGION_FORM,
        LocalizedText.of("全省城乡社区治理年度情况表(省级填报)", "Annual provincial community governance report"),
        OrgUnitLevel.REGION,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.stagesOf(Fields.STANDARDS_CATALOGUE_STAGE, TableIndicators.standardsCatalogue())
                .label("社区公共服务相关标准目录进展", "Progress of the public-service standards catalogue")
                .required()
                .build(),
            Field.stagesOf(Fields.STUDIO_GUIDANCE_STAGE, TableIndicators.studioGuidance())
                .label("社区社会工作室规范运行指导意见进展", "Progress of the guidance on running studios")
                .required()
                .build(),
            Field.builder(Fields.SW_SUPERVISORS_TRAINED, FieldType.INTEGER)
                .label("本年度培养的社区社会工作督导人数", "Community social-work supervisors trained this year")
                .unit(Unit.PERSONS)
                .min(0)
                .max(100_000)
                .required()
                .build(),
            Field.builder(Fields.DEMO_COUNTIES_BUILT, FieldType.INTEGER)
                .label(
                    "本年度建设的农村社区建设示范县(市、区)数",
                    "Rural community building demonstration counties built this year")
                .unit(Unit.COUNT)
                .min(0)
                .max(200)
                .required()
                .build(),
            Field.builder(Fields.PRIVATE_SW_AGENCIES, FieldType.INTEGER)
                .label("年末民办社会工作机构数", "Private social-work agencies at the end of the year")
                .unit(Unit.COUNT)
                .min(0)
                .max(100_000)
                .required()
                .build()),
        List.of(),
        Sources.derived(
            Sections.TABLE,
            Quotes.TABLE_TITLE,
            "figures only the province reports: the standards catalogue and studio guidance of"
                + " rows 1 and 6, the supervisors of 五(三), the demonstration counties of 四(五)3"));
  }

  private static Field yesNo(String code, String zh, String en) {
    return Field.builder(code, FieldType.BOOLEAN).label(zh, en).required().build();
  }
}
