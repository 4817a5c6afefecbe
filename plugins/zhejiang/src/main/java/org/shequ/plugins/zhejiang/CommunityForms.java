package org.shequ.plugins.zhejiang;

import static org.shequ.plugins.zhejiang.Fields.CERTIFIED_SOCIAL_WORKERS;
import static org.shequ.plugins.zhejiang.Fields.COMMUNITY_WORKERS;
import static org.shequ.plugins.zhejiang.Fields.MEETS_IMPROVED_STANDARD;
import static org.shequ.plugins.zhejiang.Fields.MEETS_MODEL_STANDARD;
import static org.shequ.plugins.zhejiang.Fields.WORKERS_TRAINED_40H;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Unit;

/**
 * The yearly forms communities fill in: one for every urban and rural community, and one more for
 * rural communities (villages) with what only applies to them.
 */
final class CommunityForms {
  private CommunityForms() {}

  /** Generous ceiling for head counts of one community's staff. */
  private static final long MAX_STAFF = 2_000;

  static Form community() {
    return new Form(
        Fields.COMMUNITY_FORM,
        LocalizedText.of("城乡社区治理年度情况表", "Annual community governance report"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(COMMUNITY_WORKERS, FieldType.INTEGER)
                .label("社区工作者人数", "Community workers")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_STAFF)
                .required()
                .help("年末在岗的社区工作者总人数", "Community workers in post at the end of the year")
                .build(),
            Field.builder(CERTIFIED_SOCIAL_WORKERS, FieldType.INTEGER)
                .label(
                    "持社会工作者职业水平证书的社区工作者人数",
                    "Community workers holding the social-work qualification certificate")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_STAFF)
                .required()
                .help(
                    "社会工作师、助理社会工作师等持证社区工作者(社区社会工作者)",
                    "Certified community social workers (social workers and assistant social"
                        + " workers)")
                .build(),
            Field.builder(WORKERS_TRAINED_40H, FieldType.INTEGER)
                .label(
                    "本年度社会工作实务培训不少于40小时的社区工作者人数",
                    "Community workers with at least 40 hours of social-work practice training"
                        + " this year")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_STAFF)
                .required()
                .help(
                    "每名社区工作者本年度参加社会工作实务培训累计达到40小时的人数",
                    "Community workers whose social-work practice training this year adds up to"
                        + " 40 hours or more")
                .build(),
            yesNo(
                Fields.HAS_SERVICE_CENTRE,
                "是否建有社区服务中心(村级社区服务中心)",
                "Has a community service centre (village service centre in rural communities)"),
            yesNo(
                Fields.ON_INFO_PLATFORM,
                "是否已覆盖社区公共服务综合信息平台(96345)",
                "Covered by the community public-service information platform (96345)"),
            Field.builder(Fields.SOCIAL_ORGS, FieldType.INTEGER)
                .label("登记或备案的社区社会组织数", "Registered or filed community social organisations")
                .unit(Unit.COUNT)
                .min(0)
                .max(10_000)
                .required()
                .build(),
            yesNo(
                Fields.COVERED_BY_HUB_ORG,
                "是否有依法登记的枢纽型、支持型社会组织覆盖本社区",
                "Covered by a registered hub or support social organisation"),
            yesNo(Fields.HAS_SW_STUDIO, "是否建有社区社会工作室", "Has a community social-work studio"),
            yesNo(
                Fields.SERVED_BY_SW_AGENCY,
                "是否有民办社会工作机构覆盖本社区",
                "Covered by a private social-work agency"),
            Field.builder(Fields.REGISTERED_VOLUNTEERS, FieldType.INTEGER)
                .label("注册社区志愿者人数", "Registered community volunteers")
                .unit(Unit.PERSONS)
                .min(0)
                .max(1_000_000)
                .required()
                .build(),
            yesNo(
                Fields.HAS_CONSULTATION_COUNCIL,
                "是否建立居(村)民协商议事会议制度",
                "Has a residents' (villagers') consultation council"),
            yesNo(
                Fields.HAS_RULES_OR_CHARTER,
                "是否制订村规民约、社区公约或居民自治章程",
                "Has village rules, a community compact or a self-governance charter"),
            Field.builder(Fields.COMMITTEE_DIRECTLY_ELECTED, FieldType.BOOLEAN)
                .label("社区居委会是否由直接选举产生", "Residents' committee directly elected")
                .help("城市社区填写", "Urban communities only")
                .build()),
        List.of(
            new FormRule.CompareFields(
                "certified-within-workers",
                CERTIFIED_SOCIAL_WORKERS,
                Comparator.AT_MOST,
                BigDecimal.ONE,
                COMMUNITY_WORKERS,
                LocalizedText.of(
                    "持证社区工作者人数不能超过社区工作者人数",
                    "Certified community workers cannot outnumber community workers")),
            new FormRule.CompareFields(
                "trained-within-workers",
                WORKERS_TRAINED_40H,
                Comparator.AT_MOST,
                BigDecimal.ONE,
                COMMUNITY_WORKERS,
                LocalizedText.of(
                    "培训达到40小时的社区工作者人数不能超过社区工作者人数",
                    "Community workers trained 40 hours or more cannot outnumber community"
                        + " workers"))),
        Sources.derived(
            Sections.TABLE,
            Quotes.TABLE_TITLE,
            "collects at community level what the table's indicators and the targets of 四(四)3"
                + " and 五(三) are computed from"));
  }

  static Form rural() {
    return new Form(
        Fields.RURAL_FORM,
        LocalizedText.of("农村社区建设年度情况表", "Annual rural community building report"),
        OrgUnitLevel.COMMUNITY,
        AreaType.RURAL,
        PeriodType.ANNUAL,
        List.of(
            yesNo(
                MEETS_IMPROVED_STANDARD,
                "是否达到完善型农村社区标准",
                "Meets the improved-rural-community standard"),
            yesNo(MEETS_MODEL_STANDARD, "是否达到示范型社区标准", "Meets the model-community standard")),
        // No rule ties the two standards: 四(五)3 names 示范型, 完善型 and 提升型 as separate tiers
        // («分层分类…分别确定建设重点») and never says a 示范型 community is also 完善型.
        List.of(),
        Sources.derived(
            Sections.TABLE,
            Quotes.T3_NAME,
            "the demonstration standards of row 3, reported by each rural community"));
  }

  private static Field yesNo(String code, String zh, String en) {
    return Field.builder(code, FieldType.BOOLEAN).label(zh, en).required().build();
  }
}
