package dev.augur.processor.diagnostics;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.augur.processor.AugurProcessor;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles small test sources with Augur's processor, and the checks every diagnostics test shares.
 *
 * <p>By default javac stops before attribution as soon as any error was reported, so errors in
 * generated code would stay hidden behind Augur's own error. The tests compile with {@code
 * -XDshould-stop.ifError=FLOW}, which makes javac attribute every source, generated ones included,
 * as some build setups do; a cascade of errors from code Augur should not have generated then shows
 * up and fails the error counts.
 */
final class AugurCompiler {
  private static final String INTERNAL_TAG = "[AUGUR-INTERNAL]";

  private AugurCompiler() {}

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A valid entity for DAO tests: table {@code users}, partition key {@code user_id}. */
  static JavaFileObject user() {
    return source(
        "test.User",
        "package test;",
        "import dev.augur.annotations.*;",
        "import java.util.UUID;",
        "@Table(\"users\")",
        "public record User(@PartitionKey UUID userId, String name) {}");
  }

  /** Compiles with Augur, and fails the test if Augur reported that it crashed. */
  static Compilation compile(JavaFileObject... sources) {
    Compilation compilation =
        javac()
            .withOptions("-XDshould-stop.ifError=FLOW")
            .withProcessors(new AugurProcessor())
            .compile(sources);
    assertNoDiagnosticMentions(compilation, INTERNAL_TAG);
    return compilation;
  }

  /**
   * Fails unless exactly {@code expected} errors carry {@code tag}, such as {@code [AUGUR-TYPE]}.
   */
  static void assertErrorsTagged(Compilation compilation, String tag, int expected) {
    List<String> tagged =
        errorMessages(compilation).stream().filter(m -> m.startsWith(tag)).toList();
    assertEquals(expected, tagged.size(), () -> "errors tagged " + tag + ": " + tagged);
  }

  static void assertNoDiagnosticMentions(Compilation compilation, String text) {
    List<String> mentioning =
        compilation.diagnostics().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .filter(m -> m.contains(text))
            .toList();
    assertTrue(mentioning.isEmpty(), () -> "diagnostics mentioning " + text + ": " + mentioning);
  }

  /** {@code cql} as the body of a Java string literal. */
  static String javaString(String cql) {
    return cql.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static List<String> errorMessages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }
}
