package dev.augur.processor;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages depend in one direction only, the order in which a DAO is processed:
 * the readers turn elements into the model, consulting the derived-query reader, the statement
 * checker and the schema on the way; the checker reads the schema; everything below reads the
 * source helpers, the messages and the CQL grammar; the model depends on nothing; code generation
 * sees the model alone. ARCHITECTURE.md draws the same picture.
 */
class PackageLayersTest {
  private static JavaClasses processor;

  @BeforeAll
  static void importProcessor() {
    processor =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.augur.processor");
  }

  @Test
  void stagesDependDownwardOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("processor").definedBy("dev.augur.processor")
        .layer("reader").definedBy("dev.augur.processor.reader..")
        .layer("derived").definedBy("dev.augur.processor.derived..")
        .layer("check").definedBy("dev.augur.processor.check..")
        .layer("schema").definedBy("dev.augur.processor.schema..")
        .layer("source").definedBy("dev.augur.processor.source..")
        .layer("validation").definedBy("dev.augur.processor.validation..")
        .layer("cql").definedBy("dev.augur.processor.cql..")
        .layer("codegen").definedBy("dev.augur.processor.codegen..")
        .layer("model").definedBy("dev.augur.processor.model..")
        .whereLayer("processor").mayNotBeAccessedByAnyLayer()
        .whereLayer("reader").mayOnlyBeAccessedByLayers("processor")
        .whereLayer("derived").mayOnlyBeAccessedByLayers("processor", "reader")
        .whereLayer("check").mayOnlyBeAccessedByLayers("processor", "reader", "derived")
        .whereLayer("schema").mayOnlyBeAccessedByLayers("processor", "reader", "derived", "check")
        .whereLayer("source")
        .mayOnlyBeAccessedByLayers("processor", "reader", "derived", "check", "schema")
        .whereLayer("validation")
        .mayOnlyBeAccessedByLayers("processor", "reader", "derived", "check", "schema", "source")
        .whereLayer("cql")
        .mayOnlyBeAccessedByLayers(
            "processor", "reader", "derived", "check", "schema", "source", "validation")
        .whereLayer("codegen")
        .mayOnlyBeAccessedByLayers("processor", "reader", "derived", "source")
        .check(processor);
  }

  @Test
  void codeGenerationSeesTheModelAlone() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("codegen").definedBy("dev.augur.processor.codegen..")
        .layer("model").definedBy("dev.augur.processor.model..")
        .layer("rest")
        .definedBy(
            "dev.augur.processor",
            "dev.augur.processor.reader..",
            "dev.augur.processor.derived..",
            "dev.augur.processor.check..",
            "dev.augur.processor.schema..",
            "dev.augur.processor.source..",
            "dev.augur.processor.validation..",
            "dev.augur.processor.cql..")
        .whereLayer("rest").mayNotBeAccessedByAnyLayer()
        .check(processor);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.augur.processor.(*)..").should().beFreeOfCycles().check(processor);
  }
}
