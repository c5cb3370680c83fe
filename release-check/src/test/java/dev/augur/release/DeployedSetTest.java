package dev.augur.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * One list of what a release deploys, and everything that must agree with it: the modules that do
 * not skip deployment, the BOM, and the README's table of artifacts.
 */
class DeployedSetTest {
  private final Path root = Path.of(System.getProperty("augur.root"));

  @Test
  void theModulesThatDeployAreTheDeployedSet() throws Exception {
    Set<String> deploying = new TreeSet<>();
    for (Module module : Module.all(root)) {
      if (module.deployed) {
        deploying.add(module.artifactId);
      }
    }
    assertThat(deploying).as("modules without maven.deploy.skip")
        .containsExactlyInAnyOrderElementsOf(DeployedSet.fromBuild());
  }

  @Test
  void theBomManagesEveryOtherDeployedArtifactAtTheProjectVersion() throws Exception {
    Element bom = Module.parse(root.resolve("bom/pom.xml"));
    Set<String> managed = new TreeSet<>();
    Element dependencies = Module.childElement(
        Module.childElement(bom, "dependencyManagement"), "dependencies");
    for (Element dependency : Module.children(dependencies, "dependency")) {
      assertThat(Module.child(dependency, "groupId")).isEqualTo("dev.augur");
      assertThat(Module.child(dependency, "version")).isEqualTo("${project.version}");
      managed.add(Module.child(dependency, "artifactId"));
    }
    Set<String> expected = new TreeSet<>(DeployedSet.fromBuild());
    expected.remove("augur-bom");
    assertThat(managed).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theReadmeListsEveryDeployedArtifact() throws Exception {
    String readme = Files.readString(root.resolve("README.md"));
    for (String artifactId : DeployedSet.fromBuild()) {
      assertThat(readme).as("README names %s in backticks", artifactId)
          .contains("`" + artifactId + "`");
    }
  }
}
