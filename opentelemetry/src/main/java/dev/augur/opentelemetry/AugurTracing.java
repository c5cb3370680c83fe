package dev.augur.opentelemetry;

import dev.augur.runtime.DaoObserver;
import dev.augur.runtime.ObservedStatement;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Objects;

/**
 * A span for every DAO call and every stream of a session, following OpenTelemetry's conventions
 * for database client spans and Cassandra's:
 *
 * <pre>{@code
 * AugurSession.builder()
 *     .observer(AugurTracing.create(openTelemetry))
 *     .connectAsync(CqlSession.builder());
 * }</pre>
 *
 * <p>Each span is named after the operation and the table ({@code SELECT readings}), is of kind
 * {@code CLIENT}, and starts on the thread that calls the DAO method (or subscribes to its
 * stream), as a child of the context current there; it ends when the call's stage completes, or
 * when the stream completes, fails or is cancelled. Its attributes, all but the last two known
 * when the DAO is created:
 *
 * <ul>
 *   <li>{@code db.system.name} {@code cassandra}, {@code db.namespace} (the keyspace), {@code
 *       db.collection.name} (the table), {@code db.operation.name} ({@code SELECT}, {@code
 *       INSERT}...);
 *   <li>{@code db.query.text}: the statement as prepared, with its markers, never a value;
 *   <li>{@code augur.dao.method}: {@code Dao.method};
 *   <li>{@code db.response.returned_rows}: the rows a list, page, optional or stream returned;
 *   <li>on failure, status {@code ERROR}, {@code error.type} (the exception's class) and the
 *       exception as an event, with the {@code DaoCallContext} Augur attaches to it.
 * </ul>
 *
 * <p>The driver's requests (each page, each retry) are not spans of their own here; a tracer of
 * the driver's requests sees them as children of these. The span is not made current while the
 * call's stage completes: continuations run wherever the stage completes, as without tracing.
 */
public final class AugurTracing implements DaoObserver {
  /** The instrumentation scope of Augur's spans. */
  public static final String SCOPE = "dev.augur";

  static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
  static final AttributeKey<String> DB_NAMESPACE = AttributeKey.stringKey("db.namespace");
  static final AttributeKey<String> DB_COLLECTION_NAME =
      AttributeKey.stringKey("db.collection.name");
  static final AttributeKey<String> DB_OPERATION_NAME = AttributeKey.stringKey("db.operation.name");
  static final AttributeKey<String> DB_QUERY_TEXT = AttributeKey.stringKey("db.query.text");
  static final AttributeKey<Long> DB_RETURNED_ROWS =
      AttributeKey.longKey("db.response.returned_rows");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> DAO_METHOD = AttributeKey.stringKey("augur.dao.method");
  static final AttributeKey<Boolean> SLOW = AttributeKey.booleanKey("augur.slow");

  private final Tracer tracer;

  private AugurTracing(Tracer tracer) {
    this.tracer = tracer;
  }

  /** Spans from {@code openTelemetry}'s tracer provider, under the scope {@value #SCOPE}. */
  public static AugurTracing create(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    Package self = AugurTracing.class.getPackage();
    String version = self == null ? null : self.getImplementationVersion();
    return new AugurTracing(
        version == null
            ? openTelemetry.getTracer(SCOPE)
            : openTelemetry.getTracer(SCOPE, version));
  }

  @Override
  public Method statement(ObservedStatement statement) {
    AttributesBuilder attributes =
        Attributes.builder()
            .put(DB_SYSTEM_NAME, "cassandra")
            .put(DB_OPERATION_NAME, statement.operation())
            .put(DB_QUERY_TEXT, statement.cql())
            .put(DAO_METHOD, statement.method());
    if (statement.keyspace() != null) {
      attributes.put(DB_NAMESPACE, statement.keyspace());
    }
    if (statement.table() != null) {
      attributes.put(DB_COLLECTION_NAME, statement.table());
    }
    return new Calls(tracer, spanName(statement), attributes.build());
  }

  /**
   * {@code {operation} {table}} as the conventions name database spans, or the operation alone when
   * the table is not known.
   */
  static String spanName(ObservedStatement statement) {
    String operation = statement.operation().isEmpty() ? "CQL" : statement.operation();
    return statement.table() == null ? operation : operation + " " + statement.table();
  }

  /** The calls of one statement: everything but the span itself is made once. */
  private record Calls(Tracer tracer, String name, Attributes attributes) implements Method {
    @Override
    public Observation start() {
      Span span =
          tracer
              .spanBuilder(name)
              .setSpanKind(SpanKind.CLIENT)
              .setParent(Context.current())
              .setAllAttributes(attributes)
              .startSpan();
      return (nanos, rows, error, slow) -> end(span, rows, error, slow);
    }

    private static void end(Span span, long rows, Throwable error, boolean slow) {
      if (rows >= 0) {
        span.setAttribute(DB_RETURNED_ROWS, rows);
      }
      if (slow) {
        span.setAttribute(SLOW, true);
      }
      if (error != null) {
        span.setAttribute(ERROR_TYPE, error.getClass().getName());
        span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
        span.recordException(error);
      }
      span.end();
    }
  }
}
