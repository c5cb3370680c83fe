package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the compile-time CQL checks accept: valid statements of every kind compile without a
 * diagnostic; Cassandra's warnings are warnings; statements on tables no entity maps are only
 * parsed; and the idempotence of each statement is inferred into the generated code.
 */
class CqlValidStatementsTest {

  @Test
  void validStatementsOfEveryKindCompileWithoutWarnings() {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT * FROM users WHERE user_id = :id\")",
            "  CompletionStage<Optional<User>> find(UUID id);",
            "  @Query(\"SELECT * FROM users WHERE user_id IN :ids\")",
            "  CompletionStage<List<User>> findAll(List<UUID> ids);",
            "  @Query(\"SELECT * FROM users WHERE email = :email\")",
            "  CompletionStage<List<User>> byEmail(String email);",
            "  @Query(\"SELECT * FROM users WHERE name = :name ALLOW FILTERING\")",
            "  Flow.Publisher<User> byName(String name);",
            "  @Query(\"SELECT * FROM users WHERE token(user_id) > :first AND token(user_id) <="
                + " :last\")",
            "  Flow.Publisher<User> range(long first, long last);",
            "  @Query(\"SELECT user_id, name, email, age, tags, emails, prefs, created,"
                + " writetime(name) AS w FROM users WHERE user_id = :id\")",
            "  CompletionStage<User> withWriteTime(UUID id);",
            "  @Query(\"SELECT count(*) FROM readings WHERE tenant = :t AND bucket = :b\")",
            "  CompletionStage<Long> count(String t, int b);",
            "  @Query(\"SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND ts >= :since"
                + " AND ts < :until ORDER BY ts DESC LIMIT :n\")",
            "  CompletionStage<List<Reading>> latest(String t, int b, Instant since, Instant until,"
                + " int n);",
            "  @Query(\"SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND (ts, sensor) >"
                + " (:ts, :sensor)\")",
            "  CompletionStage<List<Reading>> after(String t, int b, Instant ts, String sensor);",
            "  @Query(\"SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND ts = :ts ORDER"
                + " BY sensor DESC\")",
            "  CompletionStage<List<Reading>> atTime(String t, int b, Instant ts);",
            "  @Query(\"SELECT DISTINCT tenant, bucket, unit FROM readings\")",
            "  CompletionStage<Void> partitions();",
            "  @Query(\"SELECT * FROM items WHERE price > :min AND title = :title\")",
            "  CompletionStage<List<Item>> priced(int min, String title);",
            "  @Query(\"INSERT INTO users (user_id, name, tags) VALUES (:id, :name, :tags) IF NOT"
                + " EXISTS\")",
            "  CompletionStage<Boolean> create(UUID id, String name, Set<String> tags);",
            "  @Query(\"INSERT INTO users (user_id, created) VALUES (:id, toTimestamp(now())) USING"
                + " TTL :ttl\")",
            "  CompletionStage<Void> touch(UUID id, int ttl);",
            "  @Query(\"UPDATE users SET tags = tags + :tags, emails = emails + :emails,"
                + " prefs[:key] = :value WHERE user_id = :id\")",
            "  CompletionStage<Void> add(Set<String> tags, List<String> emails, String key, String"
                + " value, UUID id);",
            "  @Query(\"UPDATE users SET name = :name WHERE user_id = :id IF name = :old\")",
            "  CompletionStage<Boolean> rename(String name, UUID id, String old);",
            "  @Query(\"UPDATE readings SET unit = :unit WHERE tenant = :t AND bucket = :b\")",
            "  CompletionStage<Void> unit(String unit, String t, int b);",
            "  @Query(\"UPDATE page_views SET views = views + :n WHERE page = :page AND day ="
                + " :day\")",
            "  CompletionStage<Void> view(long n, String page, LocalDate day);",
            "  @Query(\"DELETE FROM readings WHERE tenant = :t AND bucket = :b AND ts < :before\")",
            "  CompletionStage<Void> prune(String t, int b, Instant before);",
            "  @Query(\"DELETE tags[:tag], prefs[:key] FROM users WHERE user_id = :id IF EXISTS\")",
            "  CompletionStage<Boolean> untag(String tag, String key, UUID id);",
            "  @Query(\"BEGIN UNLOGGED BATCH INSERT INTO users (user_id, name) VALUES (:id, :name);"
                + " DELETE FROM readings WHERE tenant = :t AND bucket = :b APPLY BATCH\")",
            "  CompletionStage<Void> batch(UUID id, String name, String t, int b);",
            // A tuple range bounded again on its first column (Cassandra merges the two slices).
            "  @Query(\"SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND (ts, sensor) >"
                + " (:ts, :sensor) AND (ts) < (:until)\")",
            "  CompletionStage<List<Reading>> between(String t, int b, Instant ts, String sensor,"
                + " Instant until);",
            "  @Query(\"SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND ts < :until"
                + " AND (ts, sensor) >= (:ts, :sensor)\")",
            "  CompletionStage<List<Reading>> since(String t, int b, Instant until, Instant ts,"
                + " String sensor);",
            // Rows and partitions the markers name only when bound: Cassandra decides at run time.
            "  @Query(\"BEGIN BATCH INSERT INTO users (user_id, name) VALUES (:a, :name) IF NOT"
                + " EXISTS; UPDATE users SET age = :age WHERE user_id = :b IF EXISTS APPLY"
                + " BATCH\")",
            "  CompletionStage<Boolean> twoRows(UUID a, String name, int age, UUID b);",
            // A SELECT takes null as no bound of a clustering range.
            "  @Query(\"SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND ts > null\")",
            "  CompletionStage<List<Reading>> unbounded(String t, int b);");

    assertThat(compile(CqlSources.with(dao))).succeededWithoutWarnings();
  }

  @Test
  void anAggregateOverEveryPartitionIsAWarningAsInCassandra() {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT count(*) FROM users\")", "  CompletionStage<Long> count();");

    Compilation compilation = compile(CqlSources.with(dao));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[AUGUR-AGGREGATE-SCAN] @Query on TestDao.count() aggregates without restricting the"
                + " partition key: Cassandra warns that this reads every partition of the table."
                + " Restrict the partition key, or keep a count elsewhere (a counter table).")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void statementsOnTablesNoEntityMapsAreOnlyParsed() {
    JavaFileObject fine =
        CqlSources.dao(
            "  @Query(\"SELECT nothing_known FROM other_table WHERE whatever > :x\")",
            "  CompletionStage<Void> unknown(int x);");
    JavaFileObject broken =
        CqlSources.dao(
            "  @Query(\"SELECT * FROM other_table WHERE\")", "  CompletionStage<Void> unknown();");

    assertThat(compile(CqlSources.with(fine))).succeededWithoutWarnings();
    assertThat(compile(CqlSources.with(broken)))
        .hadErrorContaining(
            "[AUGUR-CQL-PARSE] @Query on TestDao.unknown() is not valid CQL: a column name expected"
                + " at offset 31, found the end of the statement.")
        .inFile(broken)
        .onLineContaining("@Query");
  }

  @Test
  void entitiesMappingOneTableShareIt() {
    JavaFileObject projection =
        AugurCompiler.source(
            "test.UserName",
            "package test;",
            "import dev.augur.annotations.*;",
            "import java.util.UUID;",
            "@Table(\"users\")",
            "public record UserName(@PartitionKey UUID userId, String name) {}");
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT user_id, name FROM users WHERE user_id = :id\")",
            "  CompletionStage<UserName> name(UUID id);",
            "  @Query(\"SELECT * FROM users WHERE user_id = :id AND nickname = :n\")",
            "  CompletionStage<UserName> nickname(UUID id, String n);");
    JavaFileObject[] entities = CqlSources.entities();
    JavaFileObject[] sources = java.util.Arrays.copyOf(entities, entities.length + 2);
    sources[entities.length] = projection;
    sources[entities.length + 1] = dao;

    Compilation compilation = compile(sources);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-UNKNOWN-COLUMN] @Query on TestDao.nickname() uses column nickname")
        .inFile(dao)
        .onLineContaining("nickname = :n");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void idempotenceIsInferredForEveryStatement() throws IOException {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT * FROM users WHERE user_id = :id\")",
            "  CompletionStage<Optional<User>> read(UUID id);",
            "  @Query(\"UPDATE users SET name = :name WHERE user_id = :id\")",
            "  CompletionStage<Void> write(String name, UUID id);",
            "  @Query(\"DELETE FROM users WHERE user_id = :id\")",
            "  CompletionStage<Void> delete(UUID id);",
            "  @Query(\"UPDATE users SET tags = tags + :tags WHERE user_id = :id\")",
            "  CompletionStage<Void> addToSet(Set<String> tags, UUID id);",
            "  @Query(\"UPDATE page_views SET views = views + 1 WHERE page = :page AND day ="
                + " :day\")",
            "  CompletionStage<Void> increment(String page, LocalDate day);",
            "  @Query(\"UPDATE users SET emails = emails + :emails WHERE user_id = :id\")",
            "  CompletionStage<Void> append(List<String> emails, UUID id);",
            "  @Query(\"UPDATE users SET emails = :emails + emails WHERE user_id = :id\")",
            "  CompletionStage<Void> prepend(List<String> emails, UUID id);",
            "  @Query(\"DELETE emails[:i] FROM users WHERE user_id = :id\")",
            "  CompletionStage<Void> removeAt(int i, UUID id);",
            "  @Query(\"UPDATE users SET created = toTimestamp(now()) WHERE user_id = :id\")",
            "  CompletionStage<Void> now(UUID id);",
            "  @Query(\"INSERT INTO users (user_id, name) VALUES (:id, :name) IF NOT EXISTS\")",
            "  CompletionStage<Boolean> create(UUID id, String name);",
            "  @Idempotent",
            "  @Query(\"UPDATE page_views SET views = views + 1 WHERE page = :page AND day ="
                + " :day\")",
            "  CompletionStage<Void> declaredIdempotent(String page, LocalDate day);",
            "  @Idempotent(false)",
            "  @Query(\"SELECT * FROM users WHERE user_id = :id\")",
            "  CompletionStage<Optional<User>> declaredNotIdempotent(UUID id);");

    Compilation compilation = compile(CqlSources.with(dao));

    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation
            .generatedSourceFile("test.AugurTestDao")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertIdempotent(generated, "read", true);
    assertIdempotent(generated, "write", true);
    assertIdempotent(generated, "delete", true);
    assertIdempotent(generated, "addToSet", true);
    assertIdempotent(generated, "increment", false);
    assertIdempotent(generated, "append", false);
    assertIdempotent(generated, "prepend", false);
    assertIdempotent(generated, "removeAt", false);
    assertIdempotent(generated, "now", false);
    assertIdempotent(generated, "create", false);
    assertIdempotent(generated, "declaredIdempotent", true);
    assertIdempotent(generated, "declaredNotIdempotent", false);
  }

  private static void assertIdempotent(String generated, String method, boolean expected) {
    Matcher spec =
        Pattern.compile(
                "QuerySpec\\.builder\\(\"TestDao\\."
                    + method
                    + "\"[^;]*?\\.idempotent\\((true|false)\\)",
                Pattern.DOTALL)
            .matcher(generated);
    assertEquals(true, spec.find(), () -> "no spec for " + method);
    assertEquals(String.valueOf(expected), spec.group(1), method);
  }
}
