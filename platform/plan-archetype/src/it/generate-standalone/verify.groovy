// The built plugin carries the PF4J manifest plan-parent writes from the plugin.* properties.
import java.util.jar.JarFile

def jar = new File(basedir, 'plan-demo/target/plan-demo-1.0.0-SNAPSHOT.jar')
assert jar.isFile() : "no plugin jar at ${jar}"
def attributes = new JarFile(jar).manifest.mainAttributes
assert attributes.getValue('Plugin-Id') == 'demo'
assert attributes.getValue('Plugin-Class') == 'org.example.demo.DemoPlugin'
assert attributes.getValue('Plugin-Version') == '1.0.0-SNAPSHOT'
assert attributes.getValue('Plugin-Requires').startsWith('>=')
assert new File(basedir, 'plan-demo/tenants/demo.yaml').isFile()
assert new File(basedir, 'docs/plans/demo-2021-2025.md').isFile()
// Standalone: no formatting plugin was forced on the plugin's build.
assert !new File(basedir, 'build.log').text.contains('spotless')
// Velocity expanded every template, and kept what it could have taken for its own syntax.
new File(basedir, 'plan-demo').eachFileRecurse { file ->
  if (file.isFile() && !file.path.contains('/target/')) {
    assert !file.text.contains('${') : "unexpanded template variable in ${file}"
  }
}
def readme = new File(basedir, 'plan-demo/README.md').text
assert readme.contains('Build and test\n--------------') : 'README lost its headings'
return true
