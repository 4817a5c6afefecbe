package org.shequ.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Shequ platform: one process serving every tenant, plan plugin and API route. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShequApplication {
  public static void main(String[] args) {
    SpringApplication.run(ShequApplication.class, args);
  }
}
