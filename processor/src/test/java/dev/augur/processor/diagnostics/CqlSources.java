package dev.augur.processor.diagnostics;

import static dev.augur.processor.diagnostics.AugurCompiler.source;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The entities of the CQL checks' diagnostics tests, and DAOs over them: a table with a simple key
 * and an indexed column ({@code users}), one with a composite partition key, two clustering columns
 * and a static column ({@code readings}), a counter table ({@code page_views}), and one with a
 * storage-attached index ({@code items}).
 */
final class CqlSources {
  private CqlSources() {}

  static JavaFileObject[] entities() {
    return new JavaFileObject[] {
      source(
          "test.User",
          "package test;",
          "import dev.augur.annotations.*;",
          "import java.time.Instant;",
          "import java.util.*;",
          "@Table(\"users\")",
          "public record User(@PartitionKey UUID userId, String name, @Indexed String email, int"
              + " age,",
          "    Set<String> tags, List<String> emails, Map<String, String> prefs, Instant created)"
              + " {}"),
      source(
          "test.Reading",
          "package test;",
          "import dev.augur.annotations.*;",
          "import java.time.Instant;",
          "@Table(\"readings\")",
          "public record Reading(@PartitionKey(0) String tenant, @PartitionKey(1) int bucket,",
          "    @ClusteringColumn(0) Instant ts, @ClusteringColumn(1) String sensor, double value,",
          "    @StaticColumn String unit) {}"),
      source(
          "test.PageView",
          "package test;",
          "import dev.augur.annotations.*;",
          "import java.time.LocalDate;",
          "@Table(\"page_views\")",
          "public record PageView(@PartitionKey String page, @ClusteringColumn LocalDate day,",
          "    @Counter long views) {}"),
      source(
          "test.Item",
          "package test;",
          "import dev.augur.annotations.*;",
          "@Table(\"items\")",
          "public record Item(@PartitionKey String shop, @ClusteringColumn String sku,",
          "    @Indexed(using = \"sai\") int price, @Indexed(using = \"sai\") String title,",
          "    @Indexed int stock) {}")
    };
  }

  /** {@code test.TestDao} with {@code members}, importing what they usually need. */
  static JavaFileObject dao(String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import dev.augur.annotations.*;");
    lines.add("import java.time.*;");
    lines.add("import java.util.*;");
    lines.add("import java.util.concurrent.*;");
    lines.add("@Dao");
    lines.add("interface TestDao {");
    lines.addAll(List.of(members));
    lines.add("}");
    return source("test.TestDao", lines.toArray(String[]::new));
  }

  /** The sources to compile: the entities and {@code dao}. */
  static JavaFileObject[] with(JavaFileObject dao) {
    JavaFileObject[] entities = entities();
    JavaFileObject[] all = new JavaFileObject[entities.length + 1];
    System.arraycopy(entities, 0, all, 0, entities.length);
    all[entities.length] = dao;
    return all;
  }

  /** A test case: a method with its {@code @Query}, and the one error it must produce. */
  record Case(String name, String query, String method, String message) {
    @Override
    public String toString() {
      return name;
    }
  }
}
