package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import dev.augur.annotations.BatchKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One DAO statement, prepared and resolved: for each parameter the marker indexes it binds and its
 * codec, and for the result a decoder bound to the result's columns. Everything that needs a name
 * or a registry lookup happens here, once, when the DAO is created.
 *
 * <p>Immutable apart from the decoder cache, and thread-safe.
 *
 * @param <T> what a row of the result becomes ({@code Void} when rows are not read)
 */
public final class PreparedQuery<T> {
  private final AugurSession session;
  private final QuerySpec spec;
  private final PreparedStatement statement;
  private final RowMapping<T> mapping;
  private final int[][] markerIndexes;
  private final TypeCodec<?>[] codecs;
  private final ProtocolVersion version;
  private final BoundColumns entityColumns;
  private final DaoCalls.Site site;
  private volatile ResolvedDecoder<T> decoder;

  private PreparedQuery(
      AugurSession session, QuerySpec spec, PreparedStatement statement, RowMapping<T> mapping) {
    this.session = session;
    this.spec = spec;
    this.statement = statement;
    this.mapping = mapping;
    this.version = session.protocolVersion();
    this.site = session.calls().site(spec.method(), statement);
    int parameters = spec.parameters().size();
    this.markerIndexes = new int[parameters][];
    this.codecs = new TypeCodec<?>[parameters];
    this.entityColumns =
        spec.boundEntity() == null
            ? null
            : spec.boundEntity().writeColumns(statement, session, spec.nullSaving());
    resolveParameters(session.codecRegistry());
    ColumnDefinitions columns = statement.getResultSetDefinitions();
    if (mapping != null && columns.size() > 0) {
      this.decoder = resolve(columns);
    }
  }

  /** Prepares a statement whose rows are not read, for the session's keyspace. */
  public static CompletableFuture<PreparedQuery<Void>> prepare(
      AugurSession session, QuerySpec spec) {
    return prepare(new DaoContext(session, null), spec, null);
  }

  /**
   * Prepares {@code spec} for the session's keyspace; see {@link #prepare(DaoContext, QuerySpec,
   * RowMapping)}.
   */
  public static <T> CompletableFuture<PreparedQuery<T>> prepare(
      AugurSession session, QuerySpec spec, RowMapping<T> mapping) {
    return prepare(new DaoContext(session, null), spec, mapping);
  }

  /** Prepares a statement whose rows are not read. */
  public static CompletableFuture<PreparedQuery<Void>> prepare(DaoContext context, QuerySpec spec) {
    return prepare(context, spec, null);
  }

  /**
   * Prepares {@code spec} without blocking and resolves it. The future fails with a {@link
   * DaoCreationException} that names the DAO method and the CQL when the statement does not
   * prepare, or when its markers or columns do not fit the method.
   */
  public static <T> CompletableFuture<PreparedQuery<T>> prepare(
      DaoContext context, QuerySpec spec, RowMapping<T> mapping) {
    CompletableFuture<PreparedQuery<T>> result = new CompletableFuture<>();
    AugurSession session = context.session();
    if (spec.table() != null) {
      context.uses(spec.table());
    }
    String cql;
    try {
      cql = context.resolve(spec);
    } catch (IllegalArgumentException e) {
      result.completeExceptionally(
          new DaoCreationException(
              String.format("%s (\"%s\"): %s", spec.method(), spec.cql(), e.getMessage()), e));
      return result;
    }
    session
        .prepareAsync(cql, spec.idempotent())
        .whenComplete(
            (statement, error) -> {
              if (error != null) {
                Throwable cause = Futures.unwrap(error);
                if (cause instanceof SessionClosedException) {
                  result.completeExceptionally(cause); // the closed state, as every call sees it
                  return;
                }
                result.completeExceptionally(
                    new DaoCreationException(
                        String.format(
                            "%s: cannot prepare \"%s\": %s",
                            spec.method(), cql, cause.getMessage()),
                        cause));
                return;
              }
              try {
                result.complete(new PreparedQuery<>(session, spec, statement, mapping));
              } catch (IllegalArgumentException e) {
                result.completeExceptionally(
                    new DaoCreationException(
                        String.format("%s (\"%s\"): %s", spec.method(), cql, e.getMessage()), e));
              }
            });
    return result;
  }

  private void resolveParameters(CodecRegistry registry) {
    ColumnDefinitions variables = statement.getVariableDefinitions();
    BitSet bound = new BitSet(variables.size());
    for (int p = 0; p < spec.parameters().size(); p++) {
      QuerySpec.Parameter parameter = spec.parameters().get(p);
      CqlIdentifier name = CqlIdentifier.fromCql(parameter.name());
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < variables.size(); i++) {
        if (variables.get(i).getName().equals(name)) {
          indexes.add(i);
        }
      }
      if (indexes.isEmpty()) {
        throw new IllegalArgumentException(
            String.format(
                "the statement has no marker :%s for parameter %s",
                parameter.name(), parameter.name()));
      }
      DataType type = variables.get(indexes.get(0)).getType();
      for (int index : indexes) {
        if (!variables.get(index).getType().equals(type)) {
          throw new IllegalArgumentException(
              String.format(
                  "marker :%s is used where CQL types %s and %s are expected; one parameter can"
                      + " only bind one type. Use two markers.",
                  parameter.name(),
                  type.asCql(true, true),
                  variables.get(index).getType().asCql(true, true)));
        }
        bound.set(index);
      }
      try {
        codecs[p] = parameter.type().codecFor(type, registry);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            String.format(
                "parameter %s of Java type %s cannot be bound to marker :%s of CQL type %s. Change"
                    + " the parameter's type, or register a codec for the pair.",
                parameter.name(), parameter.type(), parameter.name(), type.asCql(true, true)),
            e);
      }
      markerIndexes[p] = indexes.stream().mapToInt(Integer::intValue).toArray();
    }
    if (entityColumns != null) {
      entityColumns.markBound(bound);
    }
    if (bound.cardinality() < variables.size()) {
      List<String> unbound = new ArrayList<>();
      for (int i = bound.nextClearBit(0); i < variables.size(); i = bound.nextClearBit(i + 1)) {
        unbound.add(variables.get(i).getName().asCql(true));
      }
      throw new IllegalArgumentException(
          "no parameter"
              + (spec.boundEntity() == null ? "" : " or entity column")
              + " binds marker(s) "
              + String.join(", ", unbound)
              + ". Add a parameter each.");
    }
  }

  private ResolvedDecoder<T> resolve(ColumnDefinitions columns) {
    return new ResolvedDecoder<>(columns, mapping.bind(columns, session.codecRegistry(), version));
  }

  /**
   * The decoder for rows with these columns. Rows of one page share one definitions object, so this
   * is a reference comparison per page; a different one (the table changed under a {@code SELECT
   * *}) resolves again.
   */
  RowMapping.Decoder<T> decoderFor(ColumnDefinitions columns) {
    ResolvedDecoder<T> current = decoder;
    if (current != null && current.columns == columns) {
      return current.decoder;
    }
    ResolvedDecoder<T> fresh = resolve(columns);
    decoder = fresh;
    return fresh.decoder;
  }

  /** Starts binding this statement's parameters for one execution. */
  public StatementBinder<T> bind() {
    BoundStatementBuilder builder = statement.boundStatementBuilder();
    if (!spec.options().isEmpty()) {
      spec.options().applyTo(builder);
    }
    return new StatementBinder<>(this, builder);
  }

  /**
   * Runs one statement per entity in a single batch: {@code binding} binds each (the entity and any
   * other parameters). Completes with null once the batch has run; an empty collection runs
   * nothing. If any entity cannot be bound (see {@link StatementBinder#entity}), the stage fails
   * naming its position, and no statement of the batch is sent.
   */
  public <E> CompletionStage<Void> executeBatch(
      BatchKind kind, Iterable<? extends E> entities, BiConsumer<StatementBinder<T>, E> binding) {
    BatchStatementBuilder batch =
        BatchStatement.builder(
            kind == BatchKind.UNLOGGED ? DefaultBatchType.UNLOGGED : DefaultBatchType.LOGGED);
    batch.setIdempotence(spec.idempotent());
    if (entities == null) {
      return refuse(
          batch.build(),
          new IllegalArgumentException(
              spec.method() + ": the collection of entities is null; nothing was sent."));
    }
    int position = 0;
    for (E entity : entities) {
      StatementBinder<T> binder = bind();
      RuntimeException refused;
      try {
        binding.accept(binder, entity);
        refused = binder.refusal(position);
      } catch (RuntimeException e) {
        refused = e;
      }
      if (refused != null) {
        return refuse(binder.statement(), refused);
      }
      batch.addStatement(binder.statement());
      position++;
    }
    if (batch.getStatementsCount() == 0) {
      return CompletableFuture.completedFuture(null);
    }
    return read(batch.build(), ResultStages::none);
  }

  /**
   * Runs one call of this DAO method: refused if the session is closing, counted in flight, timed,
   * and on failure completed with the driver's exception carrying a {@link DaoCallContext}.
   */
  <R> CompletionStage<R> call(
      Statement<?> statement, Function<Statement<?>, CompletionStage<R>> execution) {
    return session.calls().run(site, statement, execution);
  }

  /**
   * One call of this DAO method that fails with {@code failure} without sending {@code statement}:
   * admitted, counted and given its context like any call, so that metrics and logs see it.
   */
  <R> CompletionStage<R> refuse(Statement<?> statement, RuntimeException failure) {
    return call(statement, s -> CompletableFuture.failedFuture(failure));
  }

  /**
   * Runs one call of this DAO method whose value {@code reader} reads from the first page, as
   * {@link #call} does.
   */
  <R> CompletionStage<R> read(
      Statement<?> statement, Function<AsyncResultSet, ? extends R> reader) {
    return session.calls().read(site, statement, reader);
  }

  DaoCalls.Site site() {
    return site;
  }

  BoundColumns entityColumns() {
    if (entityColumns == null) {
      throw new IllegalStateException(spec.method() + " does not bind an entity");
    }
    return entityColumns;
  }

  RowMapping<T> mapping() {
    return mapping;
  }

  AugurSession session() {
    return session;
  }

  QuerySpec spec() {
    return spec;
  }

  int[] markerIndexes(int parameter) {
    return markerIndexes[parameter];
  }

  TypeCodec<?> codec(int parameter) {
    return codecs[parameter];
  }

  ProtocolVersion version() {
    return version;
  }

  /** The driver's prepared statement. */
  public PreparedStatement statement() {
    return statement;
  }

  private record ResolvedDecoder<T>(ColumnDefinitions columns, RowMapping.Decoder<T> decoder) {}
}
