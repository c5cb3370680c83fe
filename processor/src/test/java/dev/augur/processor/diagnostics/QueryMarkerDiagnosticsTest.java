package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.assertErrorsTagged;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.javaString;
import static dev.augur.processor.diagnostics.AugurCompiler.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors in a {@code @Query} statement and in how its markers bind the method's parameters. Errors
 * in the statement point at the {@code @Query} line; an unused parameter at the parameter.
 */
class QueryMarkerDiagnosticsTest {

  /**
   * {@code test.UserDao} with one method {@code run}, returning {@code CompletionStage<Void>}, each
   * parameter on a line of its own.
   */
  private static JavaFileObject daoWith(String cql, String... parameters) {
    String[] lines = new String[7 + parameters.length];
    lines[0] = "package test;";
    lines[1] = "import dev.augur.annotations.*;";
    lines[2] = "@Dao";
    lines[3] = "interface UserDao {";
    lines[4] = "  @Query(\"" + javaString(cql) + "\")";
    lines[5] = "  java.util.concurrent.CompletionStage<Void> run(";
    for (int i = 0; i < parameters.length; i++) {
      lines[6 + i] = "      " + parameters[i] + (i + 1 < parameters.length ? "," : "");
    }
    lines[lines.length - 1] = "  );}";
    return source("test.UserDao", lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void emptyStatementIsRejected(String cql) {
    JavaFileObject dao = daoWith(cql);

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-QUERY-EMPTY] @Query on UserDao.run() has no statement. Write the CQL to run, "
                + "e.g. @Query(\"SELECT * FROM t WHERE id = :id\").")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void positionalMarkerIsRejectedWithItsOffset() {
    String cql = "DELETE FROM users WHERE user_id = ?";
    JavaFileObject dao = daoWith(cql);

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-POSITIONAL-MARKER] @Query on UserDao.run() has a positional marker '?' at"
                + " offset "
                + cql.indexOf('?')
                + "; Augur binds parameters by name. Write :name, where name is the parameter to"
                + " bind.")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyPositionalMarkerIsReported() {
    String cql = "DELETE FROM users WHERE user_id = ? AND name = ?";
    JavaFileObject dao = daoWith(cql);

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining("at offset " + cql.indexOf('?') + ";")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation)
        .hadErrorContaining("at offset " + cql.lastIndexOf('?') + ";")
        .inFile(dao)
        .onLineContaining("@Query");
    assertErrorsTagged(compilation, "[AUGUR-POSITIONAL-MARKER]", 2);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void markerWithoutParameterListsTheParameters() {
    JavaFileObject dao =
        daoWith(
            "UPDATE users SET name = :name, age = :age WHERE user_id = :userId",
            "String name",
            "int age");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-MARKER] @Query on UserDao.run() has marker :userId, but the method has no"
                + " parameter named ")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorContaining("or rename the marker (parameters: name, age).");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void markerWithoutParameterSaysWhenThereAreNone() {
    JavaFileObject dao = daoWith("DELETE FROM users WHERE user_id = :id");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-MARKER] @Query on UserDao.run() has marker :id, but the method has no parameter"
                + " named id. Add a parameter 'id', or rename the marker (parameters: none).")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterWithoutMarkerPointsAtTheParameter() {
    JavaFileObject dao =
        daoWith(
            "DELETE FROM users WHERE user_id = :userId", "java.util.UUID userId", "String reason");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-PARAMETER] parameter reason of UserDao.run() is not used: the statement has no "
                + "marker :reason. Use it in the CQL as :reason, or remove the parameter.")
        .inFile(dao)
        .onLineContaining("String reason");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void quotedMarkerIsCaseSensitive() {
    JavaFileObject dao =
        daoWith("DELETE FROM users WHERE user_id = :\"userId\"", "java.util.UUID userid");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-MARKER] @Query on UserDao.run() has marker :\"userId\", but the method has no"
                + " parameter named userId. Add a parameter 'userId', or rename the marker"
                + " (parameters: userid).")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-PARAMETER] parameter userid of UserDao.run() is not used")
        .inFile(dao)
        .onLineContaining("UUID userid");
    assertThat(compilation).hadErrorCount(2);
  }

  static Stream<Arguments> unterminated() {
    return Stream.of(
        Arguments.of("SELECT * FROM users WHERE name = 'bob", "the string literal", "'"),
        Arguments.of("SELECT * FROM users WHERE \"name = :name", "the quoted identifier", "\""),
        Arguments.of("SELECT * FROM users WHERE name = $$bob", "the $$ string", "$$"),
        Arguments.of("SELECT * FROM users /* WHERE name = :name", "the comment", "/*"),
        Arguments.of("SELECT * FROM users WHERE name = :\"name", "the quoted marker name", ":"));
  }

  @ParameterizedTest
  @MethodSource("unterminated")
  void unterminatedTokenIsRejectedWithItsOffset(String cql, String what, String opening) {
    JavaFileObject dao = daoWith(cql, "String name");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-CQL-SYNTAX] @Query on UserDao.run(): "
                + what
                + " at offset "
                + cql.indexOf(opening)
                + " is not closed. Close it.")
        .inFile(dao)
        .onLineContaining("@Query");
    // The scan stops at the syntax error, so the parameter is not also reported as unused.
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<Arguments> markerLookalikes() {
    return Stream.of(
        Arguments.of(
            "colon in a string literal",
            "SELECT * FROM users WHERE name = 'a:b' AND user_id = :userId"),
        Arguments.of(
            "escaped quote in a literal",
            "SELECT * FROM users WHERE name = 'it''s :x' AND user_id = :userId"),
        Arguments.of(
            "colon in a $$ string",
            "SELECT * FROM users WHERE name = $$a:b$$ AND user_id = :userId"),
        Arguments.of(
            "colon in a quoted identifier",
            "SELECT * FROM users WHERE \"odd:name\" = 'x' AND user_id = :userId"),
        Arguments.of(
            "marker in a -- comment",
            "SELECT * FROM users WHERE user_id = :userId -- AND name = :name"),
        Arguments.of(
            "marker in a // comment",
            "SELECT * FROM users WHERE user_id = :userId // AND name = :name"),
        Arguments.of(
            "marker in a block comment",
            "SELECT * FROM users WHERE /* name = :name AND */ user_id = :userId"),
        Arguments.of(
            "marker after a line comment", "SELECT * FROM users -- :name\nWHERE user_id = :userId"),
        Arguments.of(
            "? in a string literal", "SELECT * FROM users WHERE name = '?' AND user_id = :userId"),
        Arguments.of(
            "quoted marker, exact case", "SELECT * FROM users WHERE user_id = :\"userId\""),
        Arguments.of("unquoted marker, other case", "SELECT * FROM users WHERE user_id = :userid"),
        Arguments.of("unquoted marker, upper case", "SELECT * FROM users WHERE user_id = :USERID"),
        Arguments.of(
            "marker used twice", "UPDATE users SET owner = :userId WHERE user_id = :userId"),
        Arguments.of(
            "map literal",
            "UPDATE users SET attrs = attrs + {'k': 1, 'l':2} WHERE user_id = :userId"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markerLookalikes")
  void markerRulesAcceptTheStatement(String description, String cql) {
    JavaFileObject dao = daoWith(cql, "java.util.UUID userId");

    // Augur declares the latest source version, so javac has nothing to warn about.
    assertThat(compile(dao)).succeededWithoutWarnings();
  }

  @Test
  void reservedWordAsUnquotedMarkerIsRejectedWithTheQuotedFix() {
    JavaFileObject dao =
        daoWith("SELECT * FROM t WHERE k = 1 AND c >= :from AND c < :to", "int from", "int to");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-RESERVED-MARKER] @Query on UserDao.run() uses marker :from, but from is a"
                + " reserved CQL word: Cassandra rejects the statement. Rename the parameter, or"
                + " quote the marker: :\"from\".")
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorContaining("marker :to, but to is a reserved CQL word");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void reservedWordAsQuotedMarkerIsFine() {
    JavaFileObject dao =
        daoWith(
            "SELECT * FROM t WHERE k = 1 AND c >= :\"from\" AND c < :\"to\"", "int from", "int to");

    assertThat(compile(dao)).succeededWithoutWarnings();
  }

  @Test
  void nonReservedKeywordsAreFineAsMarkers() {
    // key, ttl, timestamp and count are CQL keywords, but not reserved ones.
    JavaFileObject dao =
        daoWith(
            "SELECT * FROM t WHERE key = :key AND c = :count AND d = :ttl AND e = :timestamp",
            "int key",
            "int count",
            "int ttl",
            "int timestamp");

    assertThat(compile(dao)).succeededWithoutWarnings();
  }
}
