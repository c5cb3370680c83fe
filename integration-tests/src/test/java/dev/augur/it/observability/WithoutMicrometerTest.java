package dev.augur.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Micrometer is an optional dependency of the runtime: a JVM whose classpath is this module's test
 * classpath minus every Micrometer jar runs a DAO against the real node, with the slow-query log
 * on, and never needs a Micrometer class.
 */
@ExtendWith(CassandraExtension.class)
class WithoutMicrometerTest {
  private static final String KEYSPACE = "it_without_micrometer";

  @Test
  void theRuntimeWorksWithoutMicrometerOnTheClasspath(CqlSession admin, CassandraEndpoint endpoint)
      throws Exception {
    Keyspaces.createSimple(admin, KEYSPACE);
    admin.execute(Secret.DDL.replace("IF NOT EXISTS ", "IF NOT EXISTS " + KEYSPACE + "."));
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> entries = Arrays.asList(classpath.split(File.pathSeparator));
    String withoutMicrometer =
        entries.stream()
            .filter(entry -> !entry.contains(File.separator + "micrometer" + File.separator))
            .filter(entry -> !entry.contains("java-driver-metrics-micrometer"))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(entries).anyMatch(entry -> entry.contains("micrometer-core"));
    assertThat(withoutMicrometer).doesNotContain("micrometer");

    InetSocketAddress node = endpoint.contactPoints().get(0);
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                withoutMicrometer,
                WithoutMicrometerMain.class.getName(),
                node.getHostString(),
                String.valueOf(node.getPort()),
                endpoint.localDatacenter(),
                KEYSPACE)
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("OK").doesNotContain("NoClassDefFoundError");
  }
}
