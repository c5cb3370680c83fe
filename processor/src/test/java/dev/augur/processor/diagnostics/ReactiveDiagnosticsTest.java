package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.source;
import static dev.augur.processor.diagnostics.AugurCompiler.user;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Reactive return types: what each library's types may wrap, and what is missing when not. */
class ReactiveDiagnosticsTest {
  /** Stands in for augur-reactor's adapter, which the processor looks for by name. */
  private static final JavaFileObject REACTOR_CALLS =
      source(
          "dev.augur.reactor.ReactorCalls",
          "package dev.augur.reactor;",
          "public final class ReactorCalls {",
          "  public static <T> reactor.core.publisher.Mono<T> mono(",
          "      java.util.function.Supplier<? extends java.util.concurrent.CompletionStage<T>> c)"
              + " { return null; }",
          "  public static <T> reactor.core.publisher.Flux<T> flux(",
          "      java.util.function.Supplier<? extends java.util.concurrent.Flow.Publisher<T>> s)"
              + " { return null; }",
          "}");

  private static JavaFileObject userDao(String... members) {
    String[] lines = new String[members.length + 7];
    lines[0] = "package test;";
    lines[1] = "import dev.augur.annotations.*;";
    lines[2] = "import java.util.*;";
    lines[3] = "import reactor.core.publisher.*;";
    lines[4] = "@Dao";
    lines[5] = "interface UserDao {";
    System.arraycopy(members, 0, lines, 6, members.length);
    lines[lines.length - 1] = "}";
    return source("test.UserDao", lines);
  }

  @Test
  void monoAndFluxCompileWithTheAdapterPresent() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")",
            "  Mono<User> get(UUID userId);",
            "  @Query(\"SELECT * FROM users\")",
            "  Flux<User> all();",
            "  @Query(\"SELECT count(*) FROM users WHERE user_id = :userId\")",
            "  Mono<Long> count(UUID userId);");

    assertThat(compile(user(), dao, REACTOR_CALLS)).succeededWithoutWarnings();
  }

  @Test
  void monoWithoutAugursModuleNamesTheArtifactToAdd() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")",
            "  Mono<User> get(UUID userId);");

    Compilation compilation = compile(user(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-REACTIVE-MODULE] get() returns reactor.core.publisher.Mono<test.User>, a"
                + " Project Reactor type, but Augur's module for Project Reactor is not on the"
                + " compile classpath. Add the dependency dev.augur:augur-reactor")
        .inFile(dao)
        .onLineContaining("Mono<User> get");
  }

  @Test
  void aReactiveTypeThatDoesNotResolveNamesTheLibrary() {
    JavaFileObject dao =
        source(
            "test.UserDao",
            "package test;",
            "import dev.augur.annotations.*;",
            "import java.util.UUID;",
            "@Dao",
            "interface UserDao {",
            "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")",
            "  io.smallrye.mutiny.Uni<User> get(UUID userId);",
            "}");

    Compilation compilation = compile(user(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-REACTIVE-LIBRARY] get() returns io.smallrye.mutiny.Uni<User>, which does not"
                + " resolve: SmallRye"
                + " Mutiny is not on the compile classpath. Add the dependencies"
                + " io.smallrye.reactive:mutiny and dev.augur:augur-mutiny.")
        .inFile(dao)
        .onLineContaining("Uni<User> get");
    // javac stops before processors when an import does not resolve; a qualified name lets them
    // run, and the import's own error ("package io.smallrye.mutiny does not exist") says as much.
  }

  @Test
  void monoOfOptionalSaysThatAnAbsentRowIsAnEmptyMono() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")",
            "  Mono<Optional<User>> find(UUID userId);");

    Compilation compilation = compile(user(), dao, REACTOR_CALLS);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-RETURN-REACTIVE] find() returns"
                + " reactor.core.publisher.Mono<java.util.Optional<test.User>>, which Augur does"
                + " not support. Mono may be: Mono<E>, Mono<Void>, Mono<Boolean>, Mono<Long>,"
                + " Mono<LwtResult<E>>, Mono<Page<E>>, where E is a @Table entity. An absent row"
                + " is an empty Mono.")
        .inFile(dao)
        .onLineContaining("find(UUID userId)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void monoOfListSaysThatRowsStreamAsFlux() {
    JavaFileObject dao =
        userDao("  @Query(\"SELECT * FROM users\")", "  Mono<List<User>> all();");

    assertThat(compile(user(), dao, REACTOR_CALLS))
        .hadErrorContaining("Rows stream as Flux<E>.")
        .inFile(dao)
        .onLineContaining("Mono<List<User>> all()");
  }

  @Test
  void monoOfANonEntityIsRejectedLikeCompletionStage() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"SELECT * FROM users WHERE user_id = :userId\")",
            "  Mono<String> name(UUID userId);");

    assertThat(compile(user(), dao, REACTOR_CALLS))
        .hadErrorContaining("[AUGUR-RETURN]")
        .inFile(dao)
        .onLineContaining("Mono<String> name");
  }

  @Test
  void theStatementIsCheckedAsForCompletionStage() {
    JavaFileObject dao =
        userDao(
            "  @Query(\"SELECT * FROM users WHERE name = :name\")",
            "  Flux<User> byName(String name);");

    assertThat(compile(user(), dao, REACTOR_CALLS))
        .hadErrorContaining("ALLOW FILTERING")
        .inFile(dao)
        .onLineContaining("@Query");
  }
}
