package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveBooleanCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveByteCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveDoubleCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveFloatCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveLongCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveShortCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Binds one execution of a {@link PreparedQuery} and runs it. Generated DAO methods create one per
 * call, set each parameter by its position in the {@link QuerySpec}, and finish with the {@code
 * execute} method that matches their return type.
 *
 * <p>Each value is encoded once with the codec resolved at preparation and written as bytes to
 * every marker of its name. A null value binds a CQL null. Not thread-safe; use it on one thread.
 *
 * <p>Binding never throws, so that a generated DAO method fails only through its result: a value
 * that cannot be bound (one its codec refuses, such as a collection holding a null), an entity that
 * cannot be (null, a value its codec refuses, or a null primary-key property), options that cannot
 * be applied or a null page request make the {@code execute} method fail its stage (or a stream
 * signal {@code onError}) with an {@code IllegalArgumentException} that names the parameter, or the
 * entity and the property, and carries a {@link DaoCallContext}; nothing is sent.
 *
 * @param <T> what a row of the result becomes
 */
public final class StatementBinder<T> {
  private final PreparedQuery<T> query;
  private final BoundStatementBuilder builder;
  // Why the bound entity cannot be sent (without the method's name), or null.
  private String refusal;
  private RuntimeException refusalCause;

  StatementBinder(PreparedQuery<T> query, BoundStatementBuilder builder) {
    this.query = query;
    this.builder = builder;
  }

  /** Binds parameter {@code parameter} (its position in the spec) to {@code value}. */
  @SuppressWarnings("unchecked")
  public StatementBinder<T> set(int parameter, Object value) {
    if (refusal != null) {
      return this;
    }
    try {
      TypeCodec<Object> codec = (TypeCodec<Object>) query.codec(parameter);
      return setBytes(parameter, codec.encode(value, query.version()));
    } catch (RuntimeException e) {
      refusal =
          "parameter "
              + query.spec().parameters().get(parameter).name()
              + " cannot be bound: "
              + e.getMessage()
              + "; nothing was sent";
      refusalCause = e;
      return this;
    }
  }

  public StatementBinder<T> setInt(int parameter, int value) {
    TypeCodec<?> codec = query.codec(parameter);
    return codec instanceof PrimitiveIntCodec primitive
        ? setBytes(parameter, primitive.encodePrimitive(value, query.version()))
        : set(parameter, value);
  }

  public StatementBinder<T> setLong(int parameter, long value) {
    TypeCodec<?> codec = query.codec(parameter);
    return codec instanceof PrimitiveLongCodec primitive
        ? setBytes(parameter, primitive.encodePrimitive(value, query.version()))
        : set(parameter, value);
  }

  public StatementBinder<T> setBoolean(int parameter, boolean value) {
    TypeCodec<?> codec = query.codec(parameter);
    return codec instanceof PrimitiveBooleanCodec primitive
        ? setBytes(parameter, primitive.encodePrimitive(value, query.version()))
        : set(parameter, value);
  }

  public StatementBinder<T> setDouble(int parameter, double value) {
    TypeCodec<?> codec = query.codec(parameter);
    return codec instanceof PrimitiveDoubleCodec primitive
        ? setBytes(parameter, primitive.encodePrimitive(value, query.version()))
        : set(parameter, value);
  }

  public StatementBinder<T> setFloat(int parameter, float value) {
    TypeCodec<?> codec = query.codec(parameter);
    return codec instanceof PrimitiveFloatCodec primitive
        ? setBytes(parameter, primitive.encodePrimitive(value, query.version()))
        : set(parameter, value);
  }

  public StatementBinder<T> setShort(int parameter, short value) {
    TypeCodec<?> codec = query.codec(parameter);
    return codec instanceof PrimitiveShortCodec primitive
        ? setBytes(parameter, primitive.encodePrimitive(value, query.version()))
        : set(parameter, value);
  }

  public StatementBinder<T> setByte(int parameter, byte value) {
    TypeCodec<?> codec = query.codec(parameter);
    return codec instanceof PrimitiveByteCodec primitive
        ? setBytes(parameter, primitive.encodePrimitive(value, query.version()))
        : set(parameter, value);
  }

  private StatementBinder<T> setBytes(int parameter, ByteBuffer bytes) {
    int[] indexes = query.markerIndexes(parameter);
    builder.setBytesUnsafe(indexes[0], bytes);
    for (int i = 1; i < indexes.length; i++) {
      builder.setBytesUnsafe(indexes[i], bytes == null ? null : bytes.duplicate());
    }
    return this;
  }

  /**
   * Binds every column of {@code entity} that the statement has a marker for (the spec's bound
   * entity), honouring its null-saving strategy. A null entity, or one whose primary key is not
   * whole, makes the execution fail before anything is sent.
   */
  @SuppressWarnings("unchecked")
  public StatementBinder<T> entity(Object entity) {
    if (refusal != null) {
      return this;
    }
    EntityMapper<Object> mapper = (EntityMapper<Object>) query.spec().boundEntity();
    if (entity == null) {
      refusal = "the " + mapper.entityName() + " to bind is null; nothing was sent";
      return this;
    }
    BoundColumns columns = query.entityColumns();
    try {
      mapper.writeTo(entity, builder, columns);
    } catch (RuntimeException e) {
      refusal = mapper.entityName() + " could not be bound: " + e.getMessage();
      refusalCause = e;
      return this;
    }
    EntityColumn key = columns.nullKey(builder);
    if (key != null) {
      refusal =
          String.format(
              "%s.%s is null, but it binds primary key column %s, and Cassandra rejects a"
                  + " statement on a row without its whole primary key. Set %s; nothing was sent",
              mapper.entityName(), key.property(), key.name().asCql(true), key.property());
    }
    return this;
  }

  /** Why this execution must not be sent, for the {@code count}-th entity of a batch; or null. */
  RuntimeException refusal(int position) {
    if (refusal == null) {
      return null;
    }
    String where = position < 0 ? "" : "entity " + position + " of the batch: ";
    return new IllegalArgumentException(
        query.spec().method() + ": " + where + refusal + ".", refusalCause);
  }

  /** The stage of a call that fails with {@code refused} without sending, counted as a call. */
  private <R> CompletionStage<R> refused(RuntimeException refused) {
    return query.refuse(builder.build(), refused);
  }

  /** Applies per-call settings over the method's own; null leaves them as they are. */
  public StatementBinder<T> options(StatementOptions options) {
    if (options != null && refusal == null) {
      try {
        options.applyTo(builder);
      } catch (RuntimeException e) {
        refusal = "the statement options cannot be applied: " + e.getMessage();
        refusalCause = e;
      }
    }
    return this;
  }

  /** The bound statement, for callers that execute it themselves. */
  public BoundStatement statement() {
    return builder.build();
  }

  /** Runs the statement; completes with null once it has run. */
  public CompletionStage<Void> executeVoid() {
    RuntimeException refused = refusal(-1);
    return refused != null ? refused(refused) : query.read(statement(), ResultStages::none);
  }

  /** Runs the statement; completes with the first row, or null when there is none. */
  public CompletionStage<T> executeOne() {
    RuntimeException refused = refusal(-1);
    return refused != null
        ? refused(refused)
        : query.read(statement(), rs -> ResultStages.first(query, rs));
  }

  /** Runs the statement; completes with the first row, or empty when there is none. */
  public CompletionStage<Optional<T>> executeOptional() {
    RuntimeException refused = refusal(-1);
    return refused != null
        ? refused(refused)
        : query.read(statement(), rs -> ResultStages.optional(query, rs));
  }

  /** Runs the statement and fetches every page without blocking; completes with all rows. */
  public CompletionStage<List<T>> executeAll() {
    RuntimeException refused = refusal(-1);
    return refused != null
        ? refused(refused)
        : query.call(statement(), s -> ResultStages.all(query, s));
  }

  /**
   * Runs the statement; completes with whether it returned any row. Pages are read until one holds
   * a row or none is left (a filtered read may return empty pages before a row), so the statement
   * should select at most one row: derived {@code existsBy...} methods select {@code LIMIT 1}.
   */
  public CompletionStage<Boolean> executeExists() {
    RuntimeException refused = refusal(-1);
    return refused != null
        ? refused(refused)
        : query.call(statement(), s -> ResultStages.exists(query, s));
  }

  /** Runs a conditional statement; completes with whether it was applied. */
  public CompletionStage<Boolean> executeApplied() {
    RuntimeException refused = refusal(-1);
    return refused != null ? refused(refused) : query.read(statement(), ResultStages::applied);
  }

  /**
   * Runs a lightweight transaction; completes with whether it was applied and, when not, the row
   * Cassandra returned in its place, mapped leniently (columns it did not return are null).
   */
  public CompletionStage<LwtResult<T>> executeLwt() {
    RuntimeException refused = refusal(-1);
    return refused != null
        ? refused(refused)
        : query.read(statement(), rs -> ResultStages.lwt(query, rs));
  }

  /**
   * A publisher that runs the statement for each subscriber and streams its rows on demand (see
   * {@link RowStream}). For methods returning {@code Flow.Publisher<E>}.
   */
  public Flow.Publisher<T> publish() {
    return stream(StreamOptions.DEFAULTS);
  }

  /**
   * Like {@link #publish()}, with per-call stream options: for {@code Flow.Publisher<E>} methods
   * with a trailing {@code StreamOptions} parameter. Null means the defaults.
   */
  public Flow.Publisher<T> publish(StreamOptions options) {
    return stream(options);
  }

  /**
   * The rows as a {@link RowStream}: a publisher that also offers {@code forEachAsync}. For methods
   * returning {@code RowStream<E>}, with or without a trailing {@code StreamOptions} parameter
   * (pass null or {@link StreamOptions#DEFAULTS} without one). The options' page size, if set,
   * overrides the statement's.
   */
  public RowStream<T> stream(StreamOptions options) {
    StreamOptions effective = options == null ? StreamOptions.DEFAULTS : options;
    if (effective.pageSize() > 0) {
      builder.setPageSize(effective.pageSize());
    }
    return RowStream.of(query, statement(), effective, refusal(-1));
  }

  /**
   * Runs the statement and calls {@code action} with each row, fetching pages as it goes; completes
   * with the number of rows seen. See {@link RowStream#forEachAsync}.
   */
  public CompletionStage<Long> forEachAsync(Consumer<? super T> action) {
    return stream(StreamOptions.DEFAULTS).forEachAsync(action);
  }

  /** {@link #forEachAsync(Consumer)} with stream options (null means the defaults). */
  public CompletionStage<Long> forEachAsync(StreamOptions options, Consumer<? super T> action) {
    return stream(options).forEachAsync(action);
  }

  /**
   * Reads the page {@code request} points to: for methods returning {@code
   * CompletionStage<Page<E>>} with a {@code PageRequest} parameter. The request's size overrides
   * the statement's page size. A token that was altered, or that another query (or this query with
   * other parameters) returned, fails the stage with an {@link InvalidPageTokenException} before
   * anything is sent.
   */
  public CompletionStage<Page<T>> page(PageRequest request) {
    if (request == null && refusal == null) {
      refusal = "the page request is null; nothing was sent";
    }
    RuntimeException refused = refusal(-1);
    return refused != null
        ? refused(refused)
        : query.call(statement(), s -> Pages.read(query, (BoundStatement) s, request));
  }
}
