package dev.augur.processor.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.processor.check.CheckContext;
import dev.augur.processor.check.Finding;
import dev.augur.processor.check.QueryChecker;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.SchemaFileReader;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Augur against a real Cassandra 5.0 node, statement by statement: the corpus ({@code
 * differential/statements.cql}) runs on the node with the schema of {@code schema.cql}, and Augur
 * judges each statement twice: the checker alone, reading the same schema file, and the annotation
 * processor, compiling a DAO method for it whose parameters bind its markers ({@link
 * ProcessorPath}). A statement is valid for Cassandra when it prepares and runs with sample values;
 * for Augur when it reports no error. The verdicts must agree, and for a statement both reject, the
 * reasons too: Augur must report one of the tags {@code reasons.txt} gives Cassandra's message. The
 * exceptions are the statements of {@code expected-differences.txt}, each with its reason; an entry
 * there that no longer disagrees fails the test too, so the list stays exact.
 */
@ExtendWith(CassandraExtension.class)
class DifferentialTest {
  /** The statements of the corpus: a statement added or lost by mistake fails the test. */
  private static final int CORPUS_SIZE = 606;

  private static final Pattern TAG = Pattern.compile("\\[(AUGUR-[A-Z-]+)]");

  /** A judge's verdict on one statement: null when valid, else its errors. */
  private record Verdict(List<String> errors) {
    Set<String> tags() {
      Set<String> tags = new LinkedHashSet<>();
      for (String error : errors) {
        Matcher tag = TAG.matcher(error);
        if (tag.find()) {
          tags.add(tag.group(1));
        }
      }
      return tags;
    }

    boolean valid() {
      return errors.isEmpty();
    }
  }

  /** How often Augur agreed with Cassandra, by one path. */
  private static final class Tally {
    final String path;
    int verdicts;
    int reasons;
    int bothRejected;

    Tally(String path) {
      this.path = path;
    }

    /** Null when Augur agrees in verdict and reason; else what differs. */
    String compare(String rejection, Set<String> reasonTags, Verdict augur) {
      if ((rejection == null) != augur.valid()) {
        return path + ": verdict differs";
      }
      verdicts++;
      if (rejection == null) {
        return null;
      }
      bothRejected++;
      if (reasonTags != null && augur.tags().stream().anyMatch(reasonTags::contains)) {
        reasons++;
        return null;
      }
      return path + ": reason differs (Cassandra's is " + reasonTags + ")";
    }

    String summary(int statements) {
      return String.format(
          "%s: verdict agrees on %d (%.1f%%), reason too on %d of the %d both reject",
          path, verdicts, 100.0 * verdicts / statements, reasons, bothRejected);
    }
  }

  @Test
  void augurAgreesWithCassandra(CassandraEndpoint endpoint) throws Exception {
    String schema = resource("schema.cql");
    SchemaCatalog catalog = new SchemaCatalog();
    SchemaFileReader.read(catalog, "schema.cql", schema);
    catalog.setComplete(true);
    Path schemaFile = Files.writeString(Path.of("target", "differential-schema.cql"), schema);
    List<String> statements = lines(resource("statements.cql"));
    Map<String, String> expected = expectedDifferences(resource("expected-differences.txt"));
    Reasons reasons = Reasons.parse(resource("reasons.txt"));

    long start = System.nanoTime();
    ProcessorPath.Outcome processor = ProcessorPath.compile(statements, catalog, schemaFile);
    long compiled = System.nanoTime();
    Tally checker = new Tally("checker");
    Tally generated = new Tally("processor");
    List<String> unexpected = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    List<String> disagreeing = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    int valid = 0;
    try (CqlSession session = createSchema(endpoint, schema)) {
      CassandraVerdicts cassandra = new CassandraVerdicts(session);
      for (int i = 0; i < statements.size(); i++) {
        String statement = statements.get(i);
        String rejection = cassandra.reject(statement);
        Set<String> reasonTags = rejection == null ? null : reasons.tagsFor(rejection);
        if (rejection != null && reasonTags == null) {
          unmapped.add(rejection);
        }
        Verdict alone =
            new Verdict(
                QueryChecker.check(statement, CheckContext.standalone(catalog)).findings().stream()
                    .filter(Finding::isError)
                    .map(f -> f.format("statement"))
                    .toList());
        Verdict byProcessor = new Verdict(processor.errors().getOrDefault(i, List.of()));
        valid += rejection == null ? 1 : 0;
        List<String> differences = new ArrayList<>();
        for (String difference :
            new String[] {
              checker.compare(rejection, reasonTags, alone),
              generated.compare(rejection, reasonTags, byProcessor)
            }) {
          if (difference != null) {
            differences.add(difference);
          }
        }
        String description = describe(statement, rejection, alone, byProcessor, differences);
        report.append(description).append('\n');
        if (!differences.isEmpty()) {
          disagreeing.add(statement);
          if (!expected.containsKey(statement)) {
            unexpected.add(description);
          }
        }
      }
    }
    Files.writeString(Path.of("target", "differential-report.txt"), report);
    List<String> stale = expected.keySet().stream().filter(s -> !disagreeing.contains(s)).toList();
    System.out.printf(
        "Differential test: %d statements (%d valid, %d invalid for Cassandra); %s; %s; %d listed"
            + " differences; compiled in %d ms, judged in %d ms%n",
        statements.size(),
        valid,
        statements.size() - valid,
        checker.summary(statements.size()),
        generated.summary(statements.size()),
        disagreeing.size(),
        (compiled - start) / 1_000_000,
        (System.nanoTime() - compiled) / 1_000_000);

    assertEquals(CORPUS_SIZE, statements.size(), "statements in the corpus");
    assertTrue(
        valid * 10 >= statements.size() * 4 && valid * 10 <= statements.size() * 6,
        "the corpus should be about half valid: " + valid + " of " + statements.size());
    assertTrue(
        processor.elsewhere().isEmpty(),
        () ->
            "errors outside the statements' methods:\n" + String.join("\n", processor.elsewhere()));
    assertTrue(processor.generated(), "Augur generated no DAO for the statements it accepts");
    assertTrue(
        unmapped.isEmpty(),
        () -> "Cassandra messages reasons.txt does not map:\n" + String.join("\n", unmapped));
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

  private static String describe(
      String statement,
      String rejection,
      Verdict alone,
      Verdict generated,
      List<String> differences) {
    return "  "
        + statement
        + "\n    Cassandra: "
        + (rejection == null ? "valid" : rejection)
        + "\n    Augur: "
        + (alone.valid() ? "valid" : String.join(" | ", alone.errors()))
        + "\n    Augur's processor: "
        + (generated.valid() ? "valid" : String.join(" | ", generated.errors()))
        + (differences.isEmpty() ? "" : "\n    Differs: " + String.join("; ", differences));
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
