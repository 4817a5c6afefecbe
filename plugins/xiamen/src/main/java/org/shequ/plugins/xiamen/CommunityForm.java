package org.shequ.plugins.xiamen;

import static org.shequ.plugins.xiamen.XiamenForms.count;
import static org.shequ.plugins.xiamen.XiamenForms.flag;
import static org.shequ.plugins.xiamen.XiamenForms.notMoreThan;
import static org.shequ.plugins.xiamen.XiamenForms.persons;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Provenance;

/**
 * XM-COMMUNITY: the annual report of every urban community (社区) and village (村), on its committee,
 * workforce, facilities and services.
 */
final class CommunityForm {
  static final String CODE = "XM-COMMUNITY";

  static final String COMMITTEE_MEMBERS = "committee_members";
  static final String NEW_COMMITTEE_MEMBERS = "new_committee_members";
  static final String COLLEGE_COMMITTEE_MEMBERS = "college_committee_members";
  static final String COMMITTEE_MEMBERS_UNDER_35 = "committee_members_under_35";
  static final String COMMUNITY_SOCIAL_WORKERS = "community_social_workers";
  static final String COMMUNITY_WORKERS = "community_workers";
  static final String CERTIFIED_COMMUNITY_WORKERS = "certified_community_workers";
  static final String SOCIAL_ORGANISATIONS = "social_organisations";
  static final String HAS_WORKSTATION = "has_workstation";
  static final String ON_GRID_PLATFORM = "on_grid_platform";
  static final String BASIC_PUBLIC_SERVICES_COVERED = "basic_public_services_covered";
  static final String HAS_MEDIATION_COMMITTEE = "has_mediation_committee";
  static final String HAS_PURCHASED_SERVICES = "has_purchased_services";
  static final String VULNERABLE_SERVICES_PURCHASED = "vulnerable_services_purchased";

  private CommunityForm() {}

  static Form build() {
    return new Form(
        CODE,
        LocalizedText.of(
            "城乡社区服务体系建设年度报表(社区/村)", "Annual community service report (community / village)"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            persons(
                COMMITTEE_MEMBERS,
                "村(居)“两委”班子成员数",
                "Members of the village (residents') Party and self-governance committees",
                100,
                true),
            persons(
                NEW_COMMITTEE_MEMBERS,
                "其中:新进班子成员数",
                "of whom newly joined at the latest election",
                100,
                true),
            persons(
                COLLEGE_COMMITTEE_MEMBERS,
                "其中:大专以上文化程度",
                "of whom with junior-college education or above",
                100,
                true),
            persons(
                COMMITTEE_MEMBERS_UNDER_35, "其中:35岁以下", "of whom under 35 years of age", 100, true),
            persons(
                COMMUNITY_SOCIAL_WORKERS,
                "配备的社区社会工作者人数",
                "Community social workers assigned to the community",
                500,
                true),
            persons(COMMUNITY_WORKERS, "社区工作者人数", "Community workers", 1000, false),
            persons(
                CERTIFIED_COMMUNITY_WORKERS,
                "其中:取得全国社会工作者职业水平证书的",
                "of whom holding the national social-work qualification certificate",
                1000,
                false),
            count(SOCIAL_ORGANISATIONS, "社区社会组织数", "Community social organisations", 1000, false),
            flag(
                HAS_WORKSTATION,
                "建有社区工作站(党群服务站)",
                "Has a community workstation (Party-and-public service station)",
                true),
            flag(
                ON_GRID_PLATFORM,
                "已接入社区网格化信息平台,实现市-区-街-社四级联动",
                "Connected to the community grid information platform linking city, district, street"
                    + " and community",
                true),
            flag(
                BASIC_PUBLIC_SERVICES_COVERED,
                "基本公共服务项目已全覆盖",
                "Every basic public service item is provided",
                true),
            flag(HAS_MEDIATION_COMMITTEE, "已设立人民调解委员会", "Has a people's mediation committee", true),
            flag(
                HAS_PURCHASED_SERVICES,
                "已推行政府购买社区服务",
                "Community services are purchased by the government",
                true),
            flag(
                VULNERABLE_SERVICES_PURCHASED,
                "“三无”等弱势群体的养老、助残、康复、心理抚慰等服务项目全部实现政府购买服务",
                "All elderly-care, disability-assistance, rehabilitation and psychological-support"
                    + " services for the 'three-without' and other vulnerable groups are purchased"
                    + " by the government",
                true)),
        rules(),
        Provenance.derived(
            Source.WORKERS,
            Source.NEW_MEMBERS_2018,
            "form designed so that every community-level indicator of sections 四 and 五 can be"
                + " computed from it"));
  }

  private static List<FormRule> rules() {
    return List.of(
        notMoreThan(
            NEW_COMMITTEE_MEMBERS,
            COMMITTEE_MEMBERS,
            "新进班子成员数不能超过班子成员数",
            "Newly joined members cannot exceed all committee members"),
        notMoreThan(
            COLLEGE_COMMITTEE_MEMBERS,
            COMMITTEE_MEMBERS,
            "大专以上文化程度的班子成员数不能超过班子成员数",
            "Members with junior-college education or above cannot exceed all committee members"),
        notMoreThan(
            COMMITTEE_MEMBERS_UNDER_35,
            COMMITTEE_MEMBERS,
            "35岁以下的班子成员数不能超过班子成员数",
            "Members under 35 cannot exceed all committee members"),
        notMoreThan(
            CERTIFIED_COMMUNITY_WORKERS,
            COMMUNITY_WORKERS,
            "持证社区工作者人数不能超过社区工作者人数",
            "Certified community workers cannot exceed all community workers"),
        // Booleans compare as 1 and 0: "all vulnerable-group services purchased" implies "some".
        new FormRule.CompareFields(
            "vulnerable-services-need-purchasing",
            VULNERABLE_SERVICES_PURCHASED,
            Comparator.AT_MOST,
            BigDecimal.ONE,
            HAS_PURCHASED_SERVICES,
            LocalizedText.of(
                "弱势群体服务项目全部实现政府购买服务时,本社区应已推行政府购买服务",
                "If all vulnerable-group services are purchased, the community does purchase"
                    + " services")));
  }
}
