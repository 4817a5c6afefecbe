package org.shequ.server.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pf4j.PluginRepository;

/**
 * Finds plugin jars in the plugins directory: {@code *.jar} directly inside it, and the build
 * output {@code <module>/target/*.jar} of each module below it (sources, javadoc and test jars
 * excluded). Whether a jar really is a plugin is decided when its manifest is read.
 */
final class PluginJarRepository implements PluginRepository {
  private final Path root;

  PluginJarRepository(Path root) {
    this.root = root;
  }

  @Override
  public List<Path> getPluginPaths() {
    List<Path> paths = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return paths;
    }
    try (Stream<Path> top = Files.list(root)) {
      for (Path p : top.sorted().toList()) {
        if (isJar(p)) {
          paths.add(p);
        } else if (Files.isDirectory(p.resolve("target"))) {
          try (Stream<Path> built = Files.list(p.resolve("target"))) {
            built.filter(PluginJarRepository::isJar).sorted().forEach(paths::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list plugins in " + root, e);
    }
    return paths;
  }

  private static boolean isJar(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p)
        && name.endsWith(".jar")
        && !name.endsWith("-sources.jar")
        && !name.endsWith("-javadoc.jar")
        && !name.endsWith("-tests.jar");
  }

  @Override
  public boolean deletePluginPath(Path pluginPath) {
    return false;
  }
}
