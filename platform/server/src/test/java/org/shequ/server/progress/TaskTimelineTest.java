package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;

class TaskTimelineTest extends ShequServerTest {

  @Test
  void milestonesOfAPastPeriodArePastDueOrDueByTheirYear() {
    Map<?, ?> body =
        regionAdmin("changzhou-xinbei")
            .get()
            .uri("/api/v1/tenants/changzhou-xinbei/progress/tasks?period=2018")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(body.get("asOf")).isEqualTo("2018-12-31");
    List<Map<?, ?>> milestones =
        ((List<?>) body.get("tasks"))
            .stream()
                .flatMap(t -> ((List<?>) ((Map<?, ?>) t).get("milestones")).stream())
                .<Map<?, ?>>map(m -> (Map<?, ?>) m)
                .toList();
    assertThat(milestones).isNotEmpty();
    for (Map<?, ?> m : milestones) {
      int year = (Integer) m.get("year");
      String expected = year < 2018 ? "past_due" : year == 2018 ? "due" : "upcoming";
      assertThat(m.get("status")).as("milestone of %s", year).isEqualTo(expected);
    }
  }
}
