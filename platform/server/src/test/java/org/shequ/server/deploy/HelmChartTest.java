package org.shequ.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Helm chart {@code deploy/helm/shequ}, rendered and linted by Helm itself (helm-java runs
 * Helm's Go library in the JVM), and each rendered manifest read into fabric8's typed Kubernetes
 * model, which refuses unknown kinds and here also any field the model does not know (a misspelt or
 * misplaced key would otherwise pass silently).
 */
class HelmChartTest {
  private static final Path CHART = ExternalPostgresRecipeTest.locate("deploy/helm/shequ");

  @Test
  void helmLintsTheChartWithoutWarnings() {
    LintResult lint = new Helm(CHART).lint().strict().call();
    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    assertThat(lint.getMessages())
        .as("lint messages")
        .noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
  }

  @Test
  void theDefaultsRenderAServerWithProbesResourcesConfigurationAndABudget() {
    List<HasMetadata> objects = render(template());
    assertThat(objects.stream().map(HasMetadata::getKind))
        .containsExactlyInAnyOrder(
            "ConfigMap", "Secret", "Service", "Deployment", "PodDisruptionBudget");

    Deployment deployment = one(objects, Deployment.class);
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot())
        .isTrue();
    Container server = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(server.getReadinessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/readiness");
    assertThat(server.getLivenessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/liveness");
    assertThat(server.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(server.getResources().getLimits()).containsKey("memory");
    assertThat(server.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(server.getEnvFrom().get(0).getConfigMapRef().getName()).isEqualTo("test-shequ");
    assertThat(server.getEnv().stream().map(EnvVar::getName))
        .containsExactlyInAnyOrder(
            "SPRING_R2DBC_PASSWORD",
            "SPRING_LIQUIBASE_PASSWORD",
            "SHEQU_NATIONAL_DATABASE_PASSWORD");
    assertThat(server.getEnv())
        .allSatisfy(
            e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("test-shequ"));

    Map<String, String> config = one(objects, ConfigMap.class).getData();
    assertThat(config)
        .containsEntry("SPRING_R2DBC_URL", "r2dbc:postgresql://db.example:5432/shequ")
        .containsEntry("SPRING_LIQUIBASE_USER", "shequ_owner")
        .containsEntry(
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI",
            "https://keycloak.example/realms/shequ")
        .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SHEQU_CLIENTID", "shequ-console")
        .containsEntry("SHEQU_PLUGINS_DIR", "/app/plugins");

    Service service = one(objects, Service.class);
    assertThat(service.getSpec().getSelector())
        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    assertThat(one(objects, PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels())
        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
  }

  @Test
  void everyOptionRendersValidObjects() {
    List<HasMetadata> objects =
        render(
            template()
                .set("ingress.enabled", "true")
                .set("ingress.className", "nginx")
                .set("ingress.tls[0].secretName", "shequ-tls")
                .set("ingress.tls[0].hosts[0]", "shequ.example")
                .set("autoscaling.enabled", "true")
                .set("database.appPassword", "app-secret")
                .set("database.nationalUrl", "r2dbc:postgresql://replica.example:5432/shequ")
                .set("plugins.volume.persistentVolumeClaim.claimName", "shequ-plugins")
                .set("tenants.files.jiexiu\\.yaml", "id: jiexiu\nplans: [jiexiu-2018-2020]\n")
                .set("env.SHEQU_RATE_LIMIT_REQUESTS", "600"));
    assertThat(objects.stream().map(HasMetadata::getKind))
        .contains("Ingress", "HorizontalPodAutoscaler");

    Deployment deployment = one(objects, Deployment.class);
    assertThat(deployment.getSpec().getReplicas()).as("left to the autoscaler").isNull();
    HorizontalPodAutoscaler hpa = one(objects, HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getScaleTargetRef().getName())
        .isEqualTo(deployment.getMetadata().getName());
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);

    Ingress ingress = one(objects, Ingress.class);
    assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
    assertThat(ingress.getSpec().getRules().get(0).getHost()).isEqualTo("shequ.example");
    assertThat(ingress.getMetadata().getAnnotations())
        .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");

    Secret secret =
        objects.stream()
            .filter(Secret.class::isInstance)
            .map(Secret.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(new String(Base64.getDecoder().decode(secret.getData().get("appPassword"))))
        .isEqualTo("app-secret");

    List<ConfigMap> maps =
        objects.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast).toList();
    assertThat(maps).hasSize(2);
    assertThat(maps.get(0).getData())
        .containsEntry("SHEQU_PLUGINS_DIR", "/plugins")
        .containsEntry(
            "SHEQU_NATIONAL_DATABASE_URL", "r2dbc:postgresql://replica.example:5432/shequ")
        .containsEntry("SHEQU_RATE_LIMIT_REQUESTS", "600");
    assertThat(maps.get(1).getData()).containsKey("jiexiu.yaml");
    assertThat(
            deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .map(v -> v.getName())
                .toList())
        .contains("plugins", "tenants", "tmp", "data");
  }

  @Test
  void anExistingSecretReplacesTheChartsOwn() {
    List<HasMetadata> objects = render(template().set("database.existingSecret", "shequ-db"));
    assertThat(objects).noneMatch(Secret.class::isInstance);
    Container server =
        one(objects, Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(server.getEnv())
        .allSatisfy(
            e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("shequ-db"));
  }

  @Test
  void aMissingIssuerIsRefused() {
    assertThatThrownBy(() -> template().set("issuer.uri", "").call())
        .hasMessageContaining("issuer.uri is required");
  }

  @Test
  void aFieldKubernetesDoesNotKnowIsCaught(@TempDir Path copy) throws IOException {
    try (Stream<Path> files = Files.walk(CHART)) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(CHART.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    Path deployment = copy.resolve("templates/deployment.yaml");
    Files.writeString(
        deployment,
        Files.readString(deployment).replaceFirst("failureThreshold:", "failureTreshold:"));
    assertThatThrownBy(
            () -> render(new Helm(copy).template().withName("test").withNamespace("shequ")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failureTreshold");
  }

  private static TemplateCommand template() {
    return new Helm(CHART).template().withName("test").withNamespace("shequ");
  }

  /** Each rendered document as its typed model; fails on anything the model does not know. */
  private static List<HasMetadata> render(TemplateCommand template) {
    String manifests = template.call();
    List<HasMetadata> objects = new ArrayList<>();
    for (String doc : manifests.split("(?m)^---\\s*$")) {
      if (doc.lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) {
        continue;
      }
      Object parsed = Serialization.unmarshal(doc);
      assertThat(parsed).as(doc).isInstanceOf(HasMetadata.class);
      assertThat(parsed.getClass().getPackageName())
          .as(doc)
          .startsWith("io.fabric8.kubernetes.api");
      List<String> unknown = new ArrayList<>();
      unknownFields(parsed, ((HasMetadata) parsed).getKind(), unknown, Set.of());
      assertThat(unknown).as("fields the Kubernetes model does not know").isEmpty();
      objects.add((HasMetadata) parsed);
    }
    return objects;
  }

  /**
   * Fields that landed in a model object's {@code additionalProperties}: the model keeps unknown
   * fields there rather than refusing them.
   */
  private static void unknownFields(Object o, String path, List<String> unknown, Set<Object> seen) {
    if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean) {
      return;
    }
    Set<Object> visited =
        seen.isEmpty() ? java.util.Collections.newSetFromMap(new IdentityHashMap<>()) : seen;
    if (!visited.add(o)) {
      return;
    }
    if (o instanceof Collection<?> c) {
      int i = 0;
      for (Object e : c) {
        unknownFields(e, path + "[" + i++ + "]", unknown, visited);
      }
      return;
    }
    if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, visited));
      return;
    }
    if (!(o instanceof KubernetesResource)
        && !o.getClass().getPackageName().startsWith("io.fabric8")) {
      return;
    }
    for (Method getter : o.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      try {
        Object value = getter.invoke(o);
        if (getter.getName().equals("getAdditionalProperties")) {
          if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
            unknown.add(path + ": " + extra.keySet());
          }
        } else {
          unknownFields(value, path + "." + getter.getName().substring(3), unknown, visited);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static <T> T one(List<HasMetadata> objects, Class<T> type) {
    List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(found).as(type.getSimpleName()).hasSize(1);
    return found.get(0);
  }
}
