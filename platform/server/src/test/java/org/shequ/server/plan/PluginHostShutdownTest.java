package org.shequ.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.server.support.TestPaths;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Shutting the plugin host down stops every plugin, quietly: nothing for an operator to chase. */
@ExtendWith(OutputCaptureExtension.class)
class PluginHostShutdownTest {

  @Test
  void closingTheHostStopsEveryPluginWithoutAnError(CapturedOutput log) {
    PlanRegistry registry = new PlanRegistry();
    PluginHost host =
        new PluginHost(new PluginProperties(Path.of(TestPaths.pluginsDir())), registry);
    long loaded =
        registry.reports().stream().filter(r -> r.status() == PluginReport.Status.LOADED).count();
    assertThat(loaded).as("plugins this build produced").isGreaterThan(1);

    assertThatCode(host::destroy).doesNotThrowAnyException();

    for (PluginReport r : registry.reports()) {
      assertThat(log.getOut()).contains("Stop plugin '" + r.pluginId() + "@");
    }
    assertThat(log.getAll())
        .doesNotContain("ConcurrentModificationException")
        .doesNotContain("ERROR");
  }
}
