package org.shequ.server.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.shequ.server.plan.fixture.RuntimePlanModule;

/** Builds versions of the run-time test plugin as a plugin developer's build would. */
final class RuntimePluginJars {
  static final String PLUGIN_ID = "runtime-plan";

  private RuntimePluginJars() {}

  /** Version {@code version} of the plugin, with its coverage target and optional field. */
  static byte[] jar(String version, int target, boolean volunteers) throws IOException {
    Manifest manifest = new Manifest();
    Attributes a = manifest.getMainAttributes();
    a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    a.putValue("Plugin-Id", PLUGIN_ID);
    a.putValue("Plugin-Version", version);
    a.putValue("Plugin-Class", "org.pf4j.Plugin");
    a.putValue("Plugin-Requires", ">=1.1.0 & <2.0.0");
    Class<?> module = RuntimePlanModule.class;
    String classFile = module.getName().replace('.', '/') + ".class";
    String settings = module.getPackageName().replace('.', '/') + "/" + RuntimePlanModule.SETTINGS;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
      out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      out.write((module.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new JarEntry(classFile));
      try (var in = module.getClassLoader().getResourceAsStream(classFile)) {
        in.transferTo(out);
      }
      out.closeEntry();
      out.putNextEntry(new JarEntry(settings));
      out.write(
          ("target=" + target + "\nvolunteers=" + volunteers + "\n")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return bytes.toByteArray();
  }
}
