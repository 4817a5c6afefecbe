package org.shequ.plan.api;

/**
 * The codes of the national indicator catalogue, the common indicators that regional indicators map
 * to with {@link Indicator.Builder#nationalIndicator(String)} or {@link
 * Indicator.Builder#nationalIndicatorApproximately(String, String)} so regions with different local
 * definitions can be compared.
 *
 * <p>The catalogue itself (names, units, definitions, national benchmarks and targets) is provided
 * at run time by the national benchmark plugin through {@link PlanModule#nationalIndicators()}; its
 * codes are exactly these, which that plugin's own tests assert. The generated {@code
 * docs/national-codes.md} lists each code with its full definition and national figures. A plan
 * plugin names a code through these constants rather than a string, so a typo fails at compile
 * time; {@link PlanValidator} still refuses a code the running catalogue does not define.
 *
 * <p>Codes are stable: once published, a code is never renamed or removed within a major version.
 *
 * <p>Read by plugins at compile time; nothing calls it at run time.
 *
 * @since 1.1
 */
public final class NationalCodes {
  private NationalCodes() {}

  /**
   * 城市社区综合服务设施覆盖率, urban community service facility coverage (%, urban): urban communities
   * (residents' committees) with a comprehensive community service facility, as a share of all
   * urban communities.
   */
  public static final String URBAN_SERVICE_FACILITY_COVERAGE = "URBAN_SERVICE_FACILITY_COVERAGE";

  /**
   * 农村社区综合服务设施覆盖率, rural community service facility coverage (%, rural): villages (rural
   * communities) with a comprehensive community service facility, as a share of all villages.
   */
  public static final String RURAL_SERVICE_FACILITY_COVERAGE = "RURAL_SERVICE_FACILITY_COVERAGE";

  /**
   * 注册社区志愿者人数, registered community volunteers (persons): people registered as community
   * volunteers; volunteers registered otherwise are not counted.
   */
  public static final String REGISTERED_COMMUNITY_VOLUNTEERS = "REGISTERED_COMMUNITY_VOLUNTEERS";

  /**
   * 注册志愿者占常住人口比例, registered volunteers as a share of the resident population (%): all registered
   * volunteers, not only community volunteers, over the resident population.
   */
  public static final String VOLUNTEER_REGISTRATION_RATE = "VOLUNTEER_REGISTRATION_RATE";

  /**
   * 每个社区社会组织数, social organisations per community (count): community-based social organisations,
   * registered or not, divided by the number of urban and rural communities.
   */
  public static final String SOCIAL_ORGS_PER_COMMUNITY = "SOCIAL_ORGS_PER_COMMUNITY";

  /**
   * 每个社区持证社会工作者数, certified social workers per community (persons): people working in communities
   * who hold a social-work qualification certificate, divided by the number of communities.
   */
  public static final String SOCIAL_WORKERS_PER_COMMUNITY = "SOCIAL_WORKERS_PER_COMMUNITY";

  /**
   * 社区工作者持证率, share of community workers holding a social-work certificate (%): certified community
   * workers of any age over all community workers.
   */
  public static final String CERTIFIED_COMMUNITY_WORKER_SHARE = "CERTIFIED_COMMUNITY_WORKER_SHARE";

  /**
   * 社区公共服务综合信息平台覆盖率, community public-service information platform coverage (%): communities
   * connected to an integrated public-service information platform over all communities.
   */
  public static final String INFORMATION_PLATFORM_COVERAGE = "INFORMATION_PLATFORM_COVERAGE";

  /**
   * 社区协商议事机构覆盖率, community consultation body coverage (%, urban): urban communities with a
   * consultation and deliberation committee over all urban communities.
   */
  public static final String COMMUNITY_CONSULTATION_COVERAGE = "COMMUNITY_CONSULTATION_COVERAGE";

  /**
   * 村民会议或村民代表会议制度覆盖率, village assembly system coverage (%, rural): villages with a villagers'
   * assembly or representative assembly system over all villages.
   */
  public static final String VILLAGE_ASSEMBLY_SYSTEM_COVERAGE = "VILLAGE_ASSEMBLY_SYSTEM_COVERAGE";

  /**
   * 村规民约(村民自治章程)覆盖率, village rules and self-governance charter coverage (%, rural): villages with
   * village rules or a self-governance charter over all villages.
   */
  public static final String VILLAGE_RULES_COVERAGE = "VILLAGE_RULES_COVERAGE";

  /**
   * 乡镇一站式服务中心覆盖率, township one-stop service centre coverage (%): townships (streets not included)
   * with a one-stop service centre over all townships.
   */
  public static final String TOWN_ONE_STOP_SERVICE_COVERAGE = "TOWN_ONE_STOP_SERVICE_COVERAGE";

  /**
   * 镇(街道)社区服务中心覆盖率, town and street community service centre coverage (%): towns and streets with a
   * community service centre over all towns and streets.
   */
  public static final String STREET_SERVICE_CENTRE_COVERAGE = "STREET_SERVICE_CENTRE_COVERAGE";

  /**
   * 村(居)委会换届选举参选率, turnout in village and residents' committee elections (%): voters who took part
   * over registered voters.
   */
  public static final String ELECTION_TURNOUT = "ELECTION_TURNOUT";
}
