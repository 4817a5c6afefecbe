package org.shequ.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.shequ.server.support.TestPostgres;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A server stopped while it seeds its demo data says so calmly: it is no failure. */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataStopTest {

  @Test
  void stoppingDuringSeedingIsAWarningNotAnError(CapturedOutput output) throws Exception {
    TestDatabase db = TestPostgres.newDatabase("demo_stop");
    DemoDataSeeding seeding;
    try (RunningServer server =
        RunningServer.start(
            db,
            "shequ.demo-data.force=true",
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + TestPaths.tenantsDir())) {
      seeding = server.bean(DemoDataSeeding.class);
      // Five regions' synthetic data take seconds: the stop comes in the middle of them.
      assertThat(seeding.status().stage()).isEqualTo(DemoDataSeeding.Stage.SEEDING);
    }
    DemoDataSeeding.Status ended = seeding.await(Duration.ofSeconds(60));

    assertThat(ended.stage()).isEqualTo(DemoDataSeeding.Stage.FAILED);
    assertThat(output.getOut())
        .contains("The server stopped before the synthetic demo data was complete")
        .doesNotContain("Seeding synthetic demo data failed");
  }
}
