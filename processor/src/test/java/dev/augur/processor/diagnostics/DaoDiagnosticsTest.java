package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.assertErrorsTagged;
import static dev.augur.processor.diagnostics.AugurCompiler.assertNoDiagnosticMentions;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.source;
import static dev.augur.processor.diagnostics.AugurCompiler.user;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors on {@code @Dao} types and their methods' signatures, and where each error points. */
class DaoDiagnosticsTest {
  private static final String SUPPORTED =
      "Supported: CompletionStage<Void>, CompletionStage<E>, CompletionStage<Optional<E>>, "
          + "CompletionStage<List<E>>, CompletionStage<Long>, CompletionStage<Boolean>, "
          + "CompletionStage<LwtResult<E>>, Flow.Publisher<E>, CompletionStage<Page<E>>, "
          + "RowStream<E>, Mono<E>, Mono<Void>, Mono<Boolean>, Mono<Long>, Mono<LwtResult<E>>, "
          + "Mono<Page<E>>, Flux<E>, Uni<E>, Uni<Void>, Uni<Boolean>, Uni<Long>, Uni<LwtResult<E>>, "
          + "Uni<Page<E>>, Multi<E>, Maybe<E>, Single<Boolean>, Single<Long>, "
          + "Single<LwtResult<E>>, Single<Page<E>>, Completable, Flowable<E>, "
          + "where E is a @Table entity.";

  /** A DAO {@code test.UserDao} with the given members, importing what they usually need. */
  private static JavaFileObject userDao(String... members) {
    String[] lines = new String[members.length + 8];
    lines[0] = "package test;";
    lines[1] = "import dev.augur.annotations.*;";
    lines[2] = "import java.util.*;";
    lines[3] = "import java.util.concurrent.*;";
    lines[4] = "";
    lines[5] = "@Dao";
    lines[6] = "interface UserDao {";
    System.arraycopy(members, 0, lines, 7, members.length);
    lines[lines.length - 1] = "}";
    return source("test.UserDao", lines);
  }

  @Test
  void aDaoWithMoreStatementsThanAConstructorCanTakeIsAnErrorNotAJavacCrash() {
    String[] members = new String[2 * 255];
    for (int i = 0; i < 255; i++) {
      members[2 * i] = "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")";
      members[2 * i + 1] = "  CompletionStage<User> get" + i + "(UUID userId);";
    }
    JavaFileObject dao = userDao(members);

    Compilation compilation = compile(user(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-DAO-SIZE] UserDao has 255 statement methods; its generated implementation can"
                + " hold at most 254")
        .inFile(dao)
        .onLineContaining("interface UserDao");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void nullSavingWithoutAnEntityParameterPointsAtTheAttribute() {
    JavaFileObject dao =
        userDao(
            "  @Query(value = \"UPDATE users SET name = :name WHERE user_id = :userId\",",
            "      nullSaving = NullSaving.SET_TO_NULL)",
            "  CompletionStage<Void> rename(UUID userId, String name);");

    Compilation compilation = compile(user(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-NULL-SAVING] @Query on UserDao.rename() sets nullSaving, but no parameter is"
                + " an entity whose null properties it could apply to.")
        .inFile(dao)
        .onLineContaining("nullSaving = NullSaving.SET_TO_NULL");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void daoOnClassPointsAtTheAnnotation() {
    JavaFileObject dao =
        source(
            "test.UserDao",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Dao",
            "abstract class UserDao {}");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-DAO-KIND] @Dao goes on an interface; UserDao is a class. "
                + "Declare the DAO as an interface and let Augur implement it.")
        .inFile(dao)
        .onLineContaining("@Dao");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void daoOnEnumIsRejected() {
    // The kind is worded "is enum" today (see the report), so only the start is pinned.
    JavaFileObject dao =
        source(
            "test.Color",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Dao",
            "enum Color { RED }");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-DAO-KIND] @Dao goes on an interface; Color is ")
        .inFile(dao)
        .onLineContaining("@Dao");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericDaoIsRejected() {
    JavaFileObject dao =
        source(
            "test.Repository",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Dao",
            "interface Repository<T> {}");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-DAO-GENERIC] Repository has type parameters; "
                + "Augur implements a DAO for concrete types only. Remove them.")
        .inFile(dao)
        .onLineContaining("interface Repository<T>");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateNestedDaoIsRejected() {
    JavaFileObject outer =
        source(
            "test.Outer",
            "package test;",
            "import dev.augur.annotations.*;",
            "class Outer {",
            "  @Dao",
            "  private interface Hidden {}",
            "}");

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-DAO-PRIVATE] Hidden is private, so the generated implementation cannot"
                + " implement it. Make it package-private or public.")
        .inFile(outer)
        .onLineContaining("private interface Hidden");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void abstractMethodWithoutQueryIsRejected() {
    JavaFileObject dao =
        userDao(
            "  CompletionStage<Void> ping();",
            "  default CompletionStage<Void> pong() { return ping(); }");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-METHOD] UserDao.ping() is abstract but has no Augur annotation, so Augur cannot"
                + " implement it. Annotate it with @Query (or @Select, @Insert, @Update, @Delete,"
                + " @Increment, @QueryProvider), or give it a default body.")
        .inFile(dao)
        .onLineContaining("CompletionStage<Void> ping();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void inheritedMethodWithoutQueryPointsAtItsDeclaration() {
    JavaFileObject dao =
        source(
            "test.UserDao",
            "package test;",
            "import dev.augur.annotations.*;",
            "import java.util.concurrent.CompletionStage;",
            "interface Pingable {",
            "  CompletionStage<Void> ping();",
            "}",
            "@Dao",
            "interface UserDao extends Pingable {}");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-METHOD] UserDao.ping() is abstract but has no Augur annotation")
        .inFile(dao)
        .onLineContaining("ping();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericMethodIsRejected() {
    JavaFileObject dao =
        userDao("  @Query(\"DELETE FROM users\")", "  <T> CompletionStage<Void> deleteAll();");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-METHOD-GENERIC] UserDao.deleteAll() has type parameters; "
                + "a DAO method must name its types. Remove them.")
        .inFile(dao)
        .onLineContaining("deleteAll()");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * Outside the closed set, including types a user might expect to work: a {@code
   * CompletableFuture} (the implementation returns the runtime's stage, not a future), a value type
   * that is not an entity, and an {@code Optional} or {@code List} of one.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "void",
        "String",
        "User",
        "Optional<User>",
        "CompletionStage<String>",
        "CompletionStage<Integer>",
        "CompletionStage<UUID>",
        "CompletionStage<Optional<String>>",
        "CompletionStage<List<Long>>",
        "CompletionStage",
        "CompletableFuture<Void>",
        "CompletableFuture<User>",
        "Flow.Publisher<String>",
        "CompletionStage<Runnable>",
      })
  void unsupportedReturnTypeListsTheSupportedOnes(String returnType) {
    JavaFileObject dao =
        userDao("  @Query(\"SELECT * FROM users\")", "  " + returnType + " findAll();");

    Compilation compilation = compile(user(), dao);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-RETURN] findAll() returns ")
        .inFile(dao)
        .onLineContaining("findAll();");
    assertThat(compilation).hadErrorContaining(", which Augur does not support. " + SUPPORTED);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unsupportedReturnTypeNamesTheDeclaredType() {
    JavaFileObject dao =
        userDao("  @Query(\"SELECT name FROM users\")", "  CompletableFuture<Void> names();");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-RETURN] names() returns java.util.concurrent.CompletableFuture<java.lang.Void>,"
                + " which Augur does not support.")
        .inFile(dao)
        .onLineContaining("names();");
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CompletionStage<Plain>",
        "CompletionStage<Optional<Plain>>",
        "CompletionStage<List<Plain>>",
        "Flow.Publisher<Plain>",
      })
  void rowsAsClassWithoutTableAreRejected(String returnType) {
    JavaFileObject plain = source("test.Plain", "package test;", "class Plain {}");
    JavaFileObject dao =
        userDao("  @Query(\"SELECT * FROM users\")", "  " + returnType + " findAll();");

    Compilation compilation = compile(plain, dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-RETURN-ENTITY] findAll() returns rows as Plain, which is not annotated @Table. "
                + "Annotate Plain with @Table, or return one of the entity types.")
        .inFile(dao)
        .onLineContaining("findAll();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterOfUnmappableTypePointsAtTheParameter() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"DELETE FROM users WHERE created = :when\")",
            "  CompletionStage<Void> deleteAt(",
            "      java.util.Date when);");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-TYPE] parameter when has type java.util.Date, which Augur cannot map to a CQL"
                + " type. Use one of: int, long,")
        .inFile(dao)
        .onLineContaining("java.util.Date when");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyBadMethodOfADaoIsReportedAtOnce() {
    JavaFileObject dao =
        userDao(
            "  CompletionStage<Void> ping();",
            "  @Query(\"SELECT * FROM users\")",
            "  String names();",
            "  @Query(\"DELETE FROM users WHERE user_id = :id\")",
            "  CompletionStage<Void> delete(",
            "      char id);");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-METHOD]")
        .inFile(dao)
        .onLineContaining("ping();");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-RETURN]")
        .inFile(dao)
        .onLineContaining("names();");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TYPE]")
        .inFile(dao)
        .onLineContaining("char id");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void unresolvedReturnTypeIsReportedWithoutCrashing() {
    JavaFileObject dao =
        userDao("  @Query(\"SELECT * FROM users\")", "  CompletionStage<Missing> find();");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(dao)
        .onLineContaining("Missing");
    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-UNRESOLVED] test.UserDao refers to type Missing, which did not resolve by the"
                + " end of compilation. Fix the type, or the processor that should generate it.")
        .inFile(dao)
        .onLineContaining("interface UserDao");
    assertErrorsTagged(compilation, "[AUGUR-UNRESOLVED]", 1);
  }

  @Test
  void unresolvedParameterTypeIsReportedWithoutCrashing() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"DELETE FROM users WHERE user_id = :id\")",
            "  CompletionStage<Void> delete(",
            "      MissingId id);");

    Compilation compilation = compile(dao);

    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(dao)
        .onLineContaining("MissingId id");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-UNRESOLVED] test.UserDao refers to type MissingId")
        .inFile(dao)
        .onLineContaining("interface UserDao");
    assertErrorsTagged(compilation, "[AUGUR-UNRESOLVED]", 1);
  }

  @Test
  void unresolvedEntityFieldTypeIsReportedWithoutCrashing() {
    JavaFileObject entity =
        source(
            "test.Sensor",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record Sensor(",
            "    @PartitionKey int id,",
            "    MissingKind kind) {}");

    Compilation compilation = compile(entity);

    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(entity)
        .onLineContaining("MissingKind kind");
    assertThat(compilation)
        .hadErrorContaining("[AUGUR-UNRESOLVED] test.Sensor refers to type MissingKind")
        .inFile(entity)
        .onLineContaining("record Sensor");
    assertErrorsTagged(compilation, "[AUGUR-UNRESOLVED]", 1);
  }

  @Test
  void entityWithAnErrorDoesNotCascadeIntoTheDaoUsingIt() {
    JavaFileObject entity =
        source(
            "test.User",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record User(",
            "    @PartitionKey int id,",
            "    char initial) {}");
    JavaFileObject dao =
        userDao("  @Query(\"SELECT * FROM users\")", "  CompletionStage<List<User>> findAll();");

    Compilation compilation = compile(entity, dao);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-TYPE] initial")
        .inFile(entity)
        .onLineContaining("char initial");
    // A DAO generated against the missing mapper would add "cannot find symbol ... User_Mapper".
    assertNoDiagnosticMentions(compilation, "User_Mapper");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void validDaoCompilesWithoutWarnings() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")",
            "  CompletionStage<Optional<User>> find(UUID userId);",
            "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")",
            "  CompletionStage<User> get(UUID userId);",
            "  @Query(\"SELECT * FROM users\")",
            "  CompletionStage<List<User>> all();",
            "  @Query(\"SELECT * FROM users\")",
            "  Flow.Publisher<User> stream();",
            "  @Query(\"SELECT count(*) FROM users WHERE user_id = :userId\")",
            "  CompletionStage<Long> count(UUID userId);",
            "  @Query(\"INSERT INTO users (user_id, name) VALUES (:userId, :name) IF NOT EXISTS\")",
            "  CompletionStage<Boolean> create(UUID userId, String name);",
            "  @Query(\"DELETE FROM users WHERE user_id = :userId\")",
            "  CompletionStage<Void> delete(UUID userId);",
            "  default CompletionStage<Void> deleteTwice(UUID userId) { return delete(userId); }");

    // Augur declares the latest source version, so javac has nothing to warn about.
    assertThat(compile(user(), dao)).succeededWithoutWarnings();
  }

  // Known bugs, to enable once fixed (see the diagnostics report).

  @Test
  void redeclaredObjectMethodIsNotAnError() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"DELETE FROM users WHERE user_id = :userId\")",
            "  CompletionStage<Void> delete(java.util.UUID userId);",
            "  String toString();");

    assertThat(compile(dao)).succeededWithoutWarnings();
  }

  @Test
  void queryWithoutValueDoesNotCrash() {
    JavaFileObject dao = userDao("  @Query", "  CompletionStage<Void> deleteAll();");

    Compilation compilation = compile(dao); // fails on AUGUR-INTERNAL

    assertThat(compilation)
        .hadErrorContaining("is missing a default value for the element 'value'")
        .inFile(dao)
        .onLineContaining("@Query");
  }

  @Test
  void unresolvedEntityDoesNotCascadeIntoTheDaoUsingIt() {
    JavaFileObject entity =
        source(
            "test.User",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table",
            "record User(",
            "    @PartitionKey int id,",
            "    MissingKind kind) {}");
    JavaFileObject dao =
        userDao("  @Query(\"SELECT * FROM users\")", "  CompletionStage<List<User>> findAll();");

    Compilation compilation = compile(entity, dao);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-UNRESOLVED] test.User refers to type MissingKind");
    assertNoDiagnosticMentions(compilation, "User_Mapper");
  }
}
