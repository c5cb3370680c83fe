package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.source;
import static dev.augur.processor.diagnostics.AugurCompiler.user;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What kapt hands the processor for Kotlin sources, written out as the Java stubs it generates:
 * non-null properties annotated {@code @NotNull}, and a {@code suspend fun} as a method taking a
 * {@code Continuation}. The annotation and the continuation are declared here, under their Kotlin
 * names, so the tests need no Kotlin on the classpath.
 */
class KotlinStubDiagnosticsTest {
  private static final JavaFileObject NOT_NULL =
      source(
          "org.jetbrains.annotations.NotNull",
          "package org.jetbrains.annotations;",
          "public @interface NotNull {}");
  private static final JavaFileObject NULLABLE =
      source(
          "org.jetbrains.annotations.Nullable",
          "package org.jetbrains.annotations;",
          "public @interface Nullable {}");
  private static final JavaFileObject CONTINUATION =
      source(
          "kotlin.coroutines.Continuation",
          "package kotlin.coroutines;",
          "public interface Continuation<T> {}");

  @Test
  void aNonNullPropertyFailsTheReadOfANullCellAndANullableOneReadsIt() {
    JavaFileObject sensor =
        source(
            "test.Sensor",
            "package test;",
            "import dev.augur.annotations.*;",
            "import org.jetbrains.annotations.NotNull;",
            "import org.jetbrains.annotations.Nullable;",
            "@Table",
            "public final class Sensor {",
            "  @PartitionKey @NotNull private final String site;",
            "  @NotNull private final String name;",
            "  @Nullable private final String label;",
            "  private final int readings;",
            "  public Sensor(@NotNull String site, @NotNull String name, @Nullable String label,",
            "      int readings) {",
            "    this.site = site; this.name = name; this.label = label; this.readings = readings;",
            "  }",
            "  @NotNull public final String getSite() { return site; }",
            "  @NotNull public final String getName() { return name; }",
            "  @Nullable public final String getLabel() { return label; }",
            "  public final int getReadings() { return readings; }",
            "}");

    Compilation compilation = compile(NOT_NULL, NULLABLE, sensor);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Sensor_Mapper")
        .contentsAsUtf8String()
        .contains(
            "Objects.requireNonNull(columns.<String>get(row, 1), \"column name is null, but"
                + " Sensor.name is declared non-null; declare it nullable (a ? type in Kotlin) to"
                + " read nulls\")");
    assertThat(compilation)
        .generatedSourceFile("test.Sensor_Mapper")
        .contentsAsUtf8String()
        .contains(",\n        columns.<String>get(row, 2),\n        columns.getInt(row, 3));");
  }

  @Test
  void aSuspendFunctionPointsAtTheMethodAndSaysWhatToReturn() {
    JavaFileObject dao =
        source(
            "test.UserDao",
            "package test;",
            "import dev.augur.annotations.*;",
            "import java.util.UUID;",
            "@Dao",
            "public interface UserDao {",
            "  @Select",
            "  Object find(UUID userId, kotlin.coroutines.Continuation<? super User> completion);",
            "}");

    Compilation compilation = compile(CONTINUATION, user(), dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-KOTLIN-SUSPEND] UserDao.find() is a Kotlin suspend function, which Augur does"
                + " not implement: to the processor it is a method taking a Continuation and"
                + " returning Object. Declare it without suspend and return CompletionStage<...>"
                + " (kotlinx-coroutines' await() suspends on it), or a Flow.Publisher for a"
                + " stream.")
        .inFile(dao)
        .onLineContaining("Object find(");
    assertThat(compilation).hadErrorCount(1);
  }
}
