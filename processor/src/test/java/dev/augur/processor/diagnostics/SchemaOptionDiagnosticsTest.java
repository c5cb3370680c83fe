package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.augur.processor.AugurProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema beyond the entities: CQL schema files named by the {@code augur.schema} option, whose
 * tables, types and indexes the checks use, and {@code augur.schema.complete}, which makes tables
 * and keyspaces the schema does not have errors.
 */
class SchemaOptionDiagnosticsTest {
  private static final String SCHEMA =
      String.join(
          "\n",
          "CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy',"
              + " 'replication_factor': 1};",
          "USE shop;",
          "CREATE TYPE address (street text, city text);",
          "CREATE TABLE carts (",
          "  cart_id uuid, line int, sku text, quantity int, ship_to frozen<address>, note text,",
          "  PRIMARY KEY (cart_id, line)) WITH CLUSTERING ORDER BY (line DESC);",
          "CREATE CUSTOM INDEX ON carts (sku) USING 'StorageAttachedIndex';");

  @TempDir Path directory;

  private static Compilation compile(List<String> options, JavaFileObject dao) {
    List<String> all = new ArrayList<>(List.of("-XDshould-stop.ifError=FLOW"));
    all.addAll(options);
    return javac()
        .withOptions(all)
        .withProcessors(new AugurProcessor())
        .compile(CqlSources.with(dao));
  }

  private String schemaOption(String text) throws IOException {
    Path file = directory.resolve("schema.cql");
    Files.writeString(file, text);
    return "-Aaugur.schema=" + file;
  }

  @Test
  void tablesOfTheSchemaFileAreChecked() throws IOException {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT * FROM carts WHERE cart_id = :id ORDER BY line DESC\")",
            "  CompletionStage<Void> lines(UUID id);",
            "  @Query(\"SELECT ship_to.city FROM shop.carts WHERE cart_id = :id AND sku = :sku\")",
            "  CompletionStage<Void> city(UUID id, String sku);",
            "  @Query(\"SELECT ship_to.zip FROM carts WHERE cart_id = :id\")",
            "  CompletionStage<Void> zip(UUID id);",
            "  @Query(\"SELECT * FROM carts WHERE quantity > :q\")",
            "  CompletionStage<Void> large(int q);");

    Compilation compilation = compile(List.of(schemaOption(SCHEMA)), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-UNKNOWN-FIELD] @Query on TestDao.zip() uses field zip of ship_to, but type"
                + " address has no such field. Cassandra rejects fields a type does not have. Use"
                + " one of its fields: street, city.")
        .inFile(dao)
        .onLineContaining("ship_to.zip");
    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-FILTERING] @Query on TestDao.large() restricts quantity, which is not part of"
                + " the primary key and has no index serving >")
        .inFile(dao)
        .onLineContaining("quantity >");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aCompleteSchemaRejectsUnknownTablesAndKeyspaces() throws IOException {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT * FROM cart WHERE cart_id = :id\")",
            "  CompletionStage<Void> misspelt(UUID id);",
            "  @Query(\"SELECT * FROM store.carts WHERE cart_id = :id\")",
            "  CompletionStage<Void> otherKeyspace(UUID id);");

    Compilation compilation =
        compile(List.of(schemaOption(SCHEMA), "-Aaugur.schema.complete=true"), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-UNKNOWN-TABLE] @Query on TestDao.misspelt() uses table cart, which the schema"
                + " does not have (did you mean carts?). Cassandra rejects statements on missing"
                + " tables. Name an existing table, or add it to the schema.")
        .inFile(dao)
        .onLineContaining("FROM cart ");
    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-UNKNOWN-KEYSPACE] @Query on TestDao.otherKeyspace() uses keyspace store, which"
                + " the schema does not have (keyspaces: shop). Cassandra rejects statements on"
                + " missing keyspaces. Name an existing keyspace, or add it to the schema.")
        .inFile(dao)
        .onLineContaining("store.carts");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void withoutTheCompleteOptionUnknownTablesMayExistOnTheServer() throws IOException {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT * FROM cart WHERE anything = :id\")",
            "  CompletionStage<Void> misspelt(UUID id);");

    assertThat(compile(List.of(schemaOption(SCHEMA)), dao)).succeededWithoutWarnings();
  }

  @Test
  void aSchemaFileThatCannotBeReadIsAnError() throws IOException {
    JavaFileObject dao = CqlSources.dao();
    Compilation missing = compile(List.of("-Aaugur.schema=" + directory.resolve("none.cql")), dao);
    Compilation broken =
        compile(
            List.of(schemaOption("CREATE TABLE t (id int PRIMARY KEY);\nCREATE TABLE u (id intt,")),
            dao);

    assertThat(missing)
        .hadErrorContaining(
            "[AUGUR-SCHEMA-FILE] schema file "
                + directory.resolve("none.cql")
                + " cannot be read: NoSuchFileException");
    assertThat(broken)
        .hadErrorContaining(
            "[AUGUR-SCHEMA-FILE] schema file "
                + directory.resolve("schema.cql")
                + " cannot be read: line 2: a column name expected, found the end of the"
                + " statement. Fix the file, or the augur.schema option.");
  }
}
