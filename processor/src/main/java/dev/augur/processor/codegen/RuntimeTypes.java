package dev.augur.processor.codegen;

import com.squareup.javapoet.ClassName;

/**
 * The runtime and driver types generated code refers to. The processor does not depend on the
 * runtime: it names these classes, and the user's compilation resolves them.
 */
public final class RuntimeTypes {
  private static final String RUNTIME = "dev.augur.runtime";

  public static final ClassName AUGUR_SESSION = ClassName.get(RUNTIME, "AugurSession");
  public static final ClassName QUERY_SPEC = ClassName.get(RUNTIME, "QuerySpec");
  public static final ClassName PREPARED_QUERY = ClassName.get(RUNTIME, "PreparedQuery");
  public static final ClassName DAO_FACTORY = ClassName.get(RUNTIME, "DaoFactory");
  public static final ClassName ENTITY_MAPPER = ClassName.get(RUNTIME, "EntityMapper");
  public static final ClassName RESULT_COLUMNS = ClassName.get(RUNTIME, "ResultColumns");
  public static final ClassName COUNT_MAPPING = ClassName.get(RUNTIME, "CountMapping");
  public static final ClassName VALUE_TYPE = ClassName.get(RUNTIME, "ValueType");
  public static final ClassName UDT_MAPPER = ClassName.get(RUNTIME, "UdtMapper");
  public static final ClassName BOUND_COLUMNS = ClassName.get(RUNTIME, "BoundColumns");
  public static final ClassName DAO_CONTEXT = ClassName.get(RUNTIME, "DaoContext");
  public static final ClassName STATEMENT_OPTIONS = ClassName.get(RUNTIME, "StatementOptions");
  public static final ClassName STREAM_OPTIONS = ClassName.get(RUNTIME, "StreamOptions");
  public static final ClassName LWT_RESULT = ClassName.get(RUNTIME, "LwtResult");
  public static final ClassName NULL_SAVING = ClassName.get("dev.augur.annotations", "NullSaving");
  public static final ClassName BATCH_KIND = ClassName.get("dev.augur.annotations", "BatchKind");
  public static final ClassName GETTABLE_BY_INDEX =
      ClassName.get("com.datastax.oss.driver.api.core.data", "GettableByIndex");
  public static final ClassName SETTABLE_BY_INDEX =
      ClassName.get("com.datastax.oss.driver.api.core.data", "SettableByIndex");
  public static final ClassName UDT_VALUE =
      ClassName.get("com.datastax.oss.driver.api.core.data", "UdtValue");

  public static final ClassName GENERIC_TYPE =
      ClassName.get("com.datastax.oss.driver.api.core.type.reflect", "GenericType");
  public static final ClassName ROW = ClassName.get("com.datastax.oss.driver.api.core.cql", "Row");

  public static final ClassName COMPLETION_STAGE =
      ClassName.get("java.util.concurrent", "CompletionStage");
  public static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}
