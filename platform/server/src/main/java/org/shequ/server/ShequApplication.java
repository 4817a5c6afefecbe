package org.shequ.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Shequ platform: one process serving every tenant, plan plugin and API route. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShequApplication {
  /**
   * With this system property set to true the server starts, gets ready and closes again, stopping
   * its embedded PostgreSQL: the training run that records the classes a start loads into the class
   * data sharing archive (platform/server/pom.xml). Spring's own {@code spring.context.exit} halts
   * the JVM instead, which would leave that PostgreSQL running.
   */
  static final String TRAINING_RUN = "shequ.cds.training-run";

  public static void main(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(ShequApplication.class, args);
    if (Boolean.getBoolean(TRAINING_RUN)) {
      System.exit(SpringApplication.exit(context));
    }
  }
}
