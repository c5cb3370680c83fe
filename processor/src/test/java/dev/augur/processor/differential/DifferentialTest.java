package dev.augur.processor.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.processor.check.CheckContext;
import dev.augur.processor.check.CheckResult;
import dev.augur.processor.check.Finding;
import dev.augur.processor.check.QueryChecker;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.SchemaFileReader;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Augur's checker against a real Cassandra 5.0 node, statement by statement: the corpus ({@code
 * differential/statements.cql}) runs on the node with the schema of {@code schema.cql}, and the
 * checker reads the same schema file. A statement is valid for Cassandra when it prepares and runs
 * with sample values; for Augur when the checker reports no error. The verdicts must agree, except
 * for the statements of {@code expected-differences.txt}, each with its reason; an entry there that
 * no longer disagrees fails the test too, so the list stays exact.
 */
@ExtendWith(CassandraExtension.class)
class DifferentialTest {
  @Test
  void augurAgreesWithCassandra(CassandraEndpoint endpoint) throws Exception {
    String schema = resource("schema.cql");
    SchemaCatalog catalog = new SchemaCatalog();
    SchemaFileReader.read(catalog, "schema.cql", schema);
    catalog.setComplete(true);
    List<String> statements = lines(resource("statements.cql"));
    Map<String, String> expected = expectedDifferences(resource("expected-differences.txt"));

    List<String> unexpected = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    List<String> disagreeing = new ArrayList<>();
    int valid = 0;
    try (CqlSession session = createSchema(endpoint, schema)) {
      CassandraVerdicts cassandra = new CassandraVerdicts(session);
      for (String statement : statements) {
        String rejection = cassandra.reject(statement);
        CheckResult augur = QueryChecker.check(statement, CheckContext.standalone(catalog));
        valid += rejection == null ? 1 : 0;
        report.append(describe(statement, rejection, augur)).append('\n');
        if ((rejection == null) == augur.hasErrors()) {
          disagreeing.add(statement);
          if (!expected.containsKey(statement)) {
            unexpected.add(describe(statement, rejection, augur));
          }
        }
      }
    }
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target", "differential-report.txt"), report);
    List<String> stale = expected.keySet().stream().filter(s -> !disagreeing.contains(s)).toList();
    int agreeing = statements.size() - disagreeing.size();
    System.out.printf(
        "Differential test: %d statements (%d valid, %d invalid for Cassandra); Augur agrees on %d"
            + " (%.1f%%); %d listed differences%n",
        statements.size(),
        valid,
        statements.size() - valid,
        agreeing,
        100.0 * agreeing / statements.size(),
        disagreeing.size());

    assertTrue(statements.size() >= 200, "the corpus has " + statements.size() + " statements");
    assertTrue(
        valid * 10 >= statements.size() * 4 && valid * 10 <= statements.size() * 6,
        "the corpus should be about half valid: " + valid + " of " + statements.size());
    assertTrue(unexpected.isEmpty(), () -> "disagreements:\n" + String.join("\n", unexpected));
    assertTrue(
        stale.isEmpty(), () -> "listed differences that now agree:\n" + String.join("\n", stale));
  }

  /**
   * A session of the test's own, with a long request timeout (schema changes are slow on a busy
   * machine), on which the schema file runs statement by statement, its USE included.
   */
  private static CqlSession createSchema(CassandraEndpoint endpoint, String schema) {
    CqlSession session =
        CqlSession.builder()
            .addContactPoints(endpoint.contactPoints())
            .withLocalDatacenter(endpoint.localDatacenter())
            .withConfigLoader(
                DriverConfigLoader.programmaticBuilder()
                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60))
                    .build())
            .build();
    for (String statement : schema.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
      if (!statement.isBlank()) {
        session.execute(statement.strip());
      }
    }
    return session;
  }

  private static String describe(String statement, String rejection, CheckResult augur) {
    String checker =
        augur.findings().stream()
            .filter(Finding::isError)
            .map(f -> f.format("statement"))
            .collect(Collectors.joining(" | "));
    return "  "
        + statement
        + "\n    Cassandra: "
        + (rejection == null ? "valid" : rejection)
        + "\n    Augur: "
        + (checker.isEmpty() ? "valid" : checker);
  }

  /** The non-blank lines that are not comments. */
  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /** {@code statement ## reason} lines, by statement. */
  private static Map<String, String> expectedDifferences(String text) {
    Map<String, String> differences = new LinkedHashMap<>();
    for (String line : lines(text)) {
      int separator = line.indexOf("##");
      differences.put(line.substring(0, separator).strip(), line.substring(separator + 2).strip());
    }
    return differences;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DifferentialTest.class.getResourceAsStream("/differential/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
