package org.shequ.plugins.xiamen;

import static org.shequ.plugins.xiamen.XiamenForms.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Provenance;

/**
 * XM-RURAL-COMMUNITY: the rural community's checklist of 四(一)1 (“六有”, “五室”, “四中心”, one tick per
 * item) and of the six services 四(二)4 holds to the higher authorities' standards. The reporter
 * ticks items only; how many are done is counted from the ticks, so no typed total can disagree
 * with them.
 */
final class RuralCommunityForm {
  static final String CODE = "XM-RURAL-COMMUNITY";

  /** The six “有” (six haves), in the document's order. */
  static final List<Item> SIX_HAVES =
      List.of(
          new Item("has_sign", "有牌子", "Has a name plate"),
          new Item("has_flags", "有国旗和党旗", "Has the national flag and the Party flag"),
          new Item(
              "has_affairs_board", "有村务(党务)公开栏", "Has a notice board for village (Party) affairs"),
          new Item(
              "has_publicity_board",
              "有科普(政策)宣传栏",
              "Has a board for popular science (policy) publicity"),
          new Item(
              "has_recreation_facilities", "有文化娱乐设施", "Has cultural and recreational facilities"),
          new Item("has_convenience_store", "有便民超市", "Has a convenience store"));

  /** The five “室” (five rooms). */
  static final List<Item> FIVE_ROOMS =
      List.of(
          new Item("has_organisation_offices", "村级各组织办公室", "Offices of the village organisations"),
          new Item(
              "has_party_room",
              "党员活动室(现代远程教育播放室)",
              "Party members' activity room (modern distance-education room)"),
          new Item("has_clinic", "村卫生室(所)", "Village clinic"),
          new Item("has_culture_room", "文化室", "Culture room"),
          new Item("has_police_room", "警务室", "Police room"));

  /** The four “中心” (four centres). */
  static final List<Item> FOUR_CENTRES =
      List.of(
          new Item("has_deliberation_centre", "议事决策中心", "Deliberation and decision-making centre"),
          new Item("has_training_centre", "教育培训中心", "Education and training centre"),
          new Item("has_recreation_centre", "文体娱乐中心", "Culture, sports and recreation centre"),
          new Item("has_convenience_service_centre", "便民服务中心", "Convenience service centre"));

  /** The six rural services that must reach the higher authorities' standards by 2020. */
  static final List<Item> SERVICE_STANDARDS =
      List.of(
          new Item(
              "agricultural_services_standard",
              "“三农”服务达到上级部门规范标准",
              "Services for agriculture, rural areas and farmers meet the standard"),
          new Item(
              "employment_services_standard",
              "就业劳动保障服务达到上级部门规范标准",
              "Employment and labour-security services meet the standard"),
          new Item(
              "health_services_standard",
              "医疗卫生服务达到上级部门规范标准",
              "Medical and health services meet the standard"),
          new Item(
              "children_services_standard",
              "服务儿童项目达到上级部门规范标准",
              "Services for children meet the standard"),
          new Item(
              "fitness_point_standard",
              "全民健身点达到上级部门规范标准",
              "The public fitness point meets the standard"),
          new Item(
              "law_demonstration_village_standard",
              "民主法制示范村建设达到上级部门规范标准",
              "Democracy-and-rule-of-law demonstration village building meets the standard"));

  /** The whole 四(一)1 checklist: the six haves, five rooms and four centres, 15 items. */
  static final List<Item> CHECKLIST =
      Stream.of(SIX_HAVES, FIVE_ROOMS, FOUR_CENTRES).flatMap(List::stream).toList();

  private RuralCommunityForm() {}

  /** One ticked item of a checklist. */
  record Item(String code, String zh, String en) {}

  static Form build() {
    List<Field> fields = new ArrayList<>();
    Stream.of(SIX_HAVES, FIVE_ROOMS, FOUR_CENTRES, SERVICE_STANDARDS)
        .flatMap(List::stream)
        .forEach(i -> fields.add(flag(i.code(), i.zh(), i.en(), true)));
    return new Form(
        CODE,
        LocalizedText.of(
            "农村社区“六有”“五室”“四中心”及服务规范化年度报表",
            "Annual rural community checklist: six haves, five rooms, four centres and service"
                + " standards"),
        OrgUnitLevel.COMMUNITY,
        AreaType.RURAL,
        PeriodType.ANNUAL,
        fields,
        List.of(),
        Provenance.stated(Source.FACILITIES, Source.CHECKLIST));
  }

  static List<String> codes(List<Item> items) {
    return items.stream().map(Item::code).toList();
  }
}
