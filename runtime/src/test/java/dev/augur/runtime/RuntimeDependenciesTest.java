package dev.augur.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the runtime jar may refer to: the driver, SLF4J and the JDK. Metrics and tracing live in
 * their own artifacts, plugged in through {@link DaoObserver}; reactive libraries in theirs.
 */
class RuntimeDependenciesTest {
  private static final JavaClasses RUNTIME =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.augur.runtime");

  @Test
  void theRuntimeNamesNoMetricsTracingOrReactiveLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micrometer..",
            "io.opentelemetry..",
            "reactor..",
            "io.smallrye.mutiny..",
            "io.reactivex..")
        .check(RUNTIME);
  }
}
