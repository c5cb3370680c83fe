package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.javaString;

import com.google.testing.compile.Compilation;
import dev.augur.processor.diagnostics.CqlSources.Case;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compile-time checks between a statement and its method: result rows against the return type,
 * and marker types against the parameters bound to them. One small DAO method per rule; each must
 * produce exactly the one error of its rule, with Cassandra's rule and the fix, on the line of its
 * {@code @Query}.
 */
class CqlResultDiagnosticsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleIsReportedOnTheQueryValue(Case rule) {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"" + javaString(rule.query()) + "\")", "  " + rule.method() + ";");

    Compilation compilation = compile(CqlSources.with(dao));

    assertThat(compilation)
        .hadErrorContaining(rule.message())
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "rowsFromInsert",
            "INSERT INTO users (user_id, name) VALUES (:id, :name)",
            "CompletionStage<List<User>> rowsFromInsert(UUID id, String name)",
            "[AUGUR-RESULT-ROWS] @Query on TestDao.rowsFromInsert() returns"
                + " CompletionStage<List<E>>, but its INSERT returns no rows. Return"
                + " CompletionStage<Void>."),
        new Case(
            "entityColumnsMissing",
            "SELECT user_id, name FROM users WHERE user_id = :id",
            "CompletionStage<User> entityColumnsMissing(UUID id)",
            "[AUGUR-RESULT-COLUMNS] @Query on TestDao.entityColumnsMissing() returns rows"
                + " as User, but the statement does not select email, age, tags, emails, prefs,"
                + " created: the mapper reads every column of User by name. Select email, age,"
                + " tags, emails, prefs, created (or SELECT *)."),
        new Case(
            "entityColumnOfAnotherType",
            "SELECT user_id, name, email, name AS age, tags, emails, prefs, created FROM users"
                + " WHERE user_id = :id",
            "CompletionStage<User> entityColumnOfAnotherType(UUID id)",
            "[AUGUR-RESULT-TYPE] @Query on TestDao.entityColumnOfAnotherType() returns rows"
                + " as User, whose field age is of type int, but the statement selects age of CQL"
                + " type text: the driver has no codec between them. Change the field's type, or"
                + " select a value of type int."),
        new Case(
            "countOfText",
            "SELECT name FROM users WHERE user_id = :id",
            "CompletionStage<Long> countOfText(UUID id)",
            "[AUGUR-RESULT-COUNT] @Query on TestDao.countOfText() returns"
                + " CompletionStage<Long>, but the first column it selects, name, is of type"
                + " text, not an integer. Select count(*) or an integer column first."),
        new Case(
            "appliedWithoutCondition",
            "UPDATE users SET name = :name WHERE user_id = :id",
            "CompletionStage<Boolean> appliedWithoutCondition(String name, UUID id)",
            "[AUGUR-RESULT-APPLIED] @Query on TestDao.appliedWithoutCondition() returns"
                + " CompletionStage<Boolean>, whether a lightweight transaction was applied, but"
                + " the statement has no IF clause, so it would always be true. Add a condition"
                + " (IF EXISTS, IF NOT EXISTS, IF column = :value), or return"
                + " CompletionStage<Void>."),
        new Case(
            "parameterOfAnotherType",
            "SELECT * FROM users WHERE user_id = :id",
            "CompletionStage<Optional<User>> parameterOfAnotherType(String id)",
            "[AUGUR-PARAMETER-TYPE] @Query on TestDao.parameterOfAnotherType() binds"
                + " parameter id, a java.lang.String, to marker :id, which is column user_id of"
                + " CQL type uuid: the driver has no codec between them, so every call would"
                + " fail. Declare the parameter as UUID."),
        new Case(
            "inTakesAList",
            "SELECT * FROM users WHERE user_id IN :ids",
            "CompletionStage<List<User>> inTakesAList(Set<UUID> ids)",
            "[AUGUR-PARAMETER-TYPE] @Query on TestDao.inTakesAList() binds parameter ids, a"
                + " java.util.Set<java.util.UUID>, to marker :ids, which is the values of user_id"
                + " IN of CQL type list<uuid>: the driver has no codec between them, so every"
                + " call would fail. Declare the parameter as List<UUID>."));
  }
}
