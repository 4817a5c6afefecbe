package org.shequ.plugins.national;

import static org.shequ.plugins.national.TaskSpec.task;

import java.util.List;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Task;

/**
 * Community informatisation (section “数字技术广泛应用”). The paragraph names the Ministry of Civil Affairs
 * once, as the subject of its first sentence; the measures that follow without a subject are read
 * as the Ministry's too.
 */
final class DigitalTasks {
  private DigitalTasks() {}

  private static final String SUBJECT_NOTE =
      "lead department: 民政部, the subject of the paragraph's first sentence, which this clause"
          + " continues without naming one";

  static List<Task> all() {
    return List.of(
        task(
                "NAT-T-INFO-BENEFIT-PILOTS",
                "国家信息惠民试点",
                "National information-for-the-people pilot",
                Provenance.stated(Sections.DIGITAL, Wording.INFO_BENEFIT_PILOTS))
            .description(
                "民政部配合国家发展改革委在全国80个城市开展国家信息惠民试点",
                "The Ministry of Civil Affairs works with the National Development and Reform"
                    + " Commission on the pilot in 80 cities")
            .lead("国家发展改革委")
            .responsible(PolicyTasks.MCA)
            .build(),
        ministry(
            "NAT-T-COMMUNITY-PILOTS",
            "社区公共服务综合信息平台和智慧社区建设试点",
            "Pilots of community public-service information platforms and smart communities",
            Wording.COMMUNITY_PILOTS,
            "Guide 96 information-platform pilot units and 44 smart-community pilot units to"
                + " complete their pilots"),
        ministry(
            "NAT-T-JINMIN",
            "金民工程一期专项社会事务管理业务系统",
            "Jinmin project phase one: social-affairs management system",
            Wording.JINMIN,
            "Build the social-affairs management system of phase one of the Jinmin project"),
        ministry(
            "NAT-T-INFO-SYSTEM",
            "全国基层政权建设和社区治理信息系统",
            "National information system for grassroots government and community governance",
            Wording.INFO_SYSTEM,
            "Develop the national information system for grassroots government and community"
                + " governance"),
        ministry(
            "NAT-T-STANDARDS",
            "编制《城乡社区信息化建设规范》《“互联网+社区”技术规范》",
            "Standards for community informatisation and for “Internet + community”",
            Wording.STANDARDS,
            "Commission the specification for community informatisation and the technical"
                + " specification for “Internet + community”"),
        ministry(
            "NAT-T-CODING-SYSTEM",
            "村(居)委会统一赋码管理系统",
            "Unified coding system of village and residents' committees",
            Wording.CODING_SYSTEM,
            "Keep the unified coding system running and integrate it into the national"
                + " information system"),
        ministry(
            "NAT-T-EXPERIMENT-ZONES",
            "依托实验区探索城乡社区信息化、智能化建设路径",
            "Explore community informatisation in the national experiment zones",
            Wording.EXPERIMENT_ZONES,
            "Use the national experiment zones of community governance and of rural community"
                + " governance to explore smart, information-based communities"));
  }

  /** A measure of the Ministry of Civil Affairs whose sentence does not name it again. */
  private static Task ministry(String code, String zh, String en, String wording, String enText) {
    return task(code, zh, en, Provenance.derived(Sections.DIGITAL, wording, SUBJECT_NOTE))
        .description(wording, enText)
        .lead(PolicyTasks.MCA)
        .build();
  }
}
