package dev.augur.runtime;

import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.annotations.NullSaving;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the processor knows of one DAO statement at compile time: the method it belongs to, its CQL,
 * whether it may be retried, how its markers are bound, and its execution settings.
 *
 * <p>Generated DAOs hold one as a constant per method; {@link PreparedQuery#prepare} turns it into
 * a prepared, ready-to-bind statement.
 *
 * @param method {@code Dao.method}, used in every error about this statement
 * @param cql the statement as written, possibly with {@code ${keyspace}}, {@code ${table}} and
 *     {@code ${qualifiedTable}} placeholders, filled in when the DAO is created
 * @param idempotent whether the driver may retry or speculatively execute the statement
 * @param parameters the method parameters, each bound to the markers of the same name
 * @param boundEntity the entity whose columns bind the markers named after them, or null
 * @param nullSaving what a null property of {@code boundEntity} does
 * @param table the entity whose table the placeholders name, or null
 * @param options execution settings from {@code @StatementAttributes}
 * @param unqualifiedTables the offsets in {@code cql} of table names written without a keyspace: a
 *     DAO created for a keyspace qualifies them with it, so that none of its statements runs in
 *     another keyspace
 */
public record QuerySpec(
    String method,
    String cql,
    boolean idempotent,
    List<Parameter> parameters,
    EntityMapper<?> boundEntity,
    NullSaving nullSaving,
    EntityMapper<?> table,
    StatementOptions options,
    List<Integer> unqualifiedTables) {

  public QuerySpec {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(cql, "cql");
    Objects.requireNonNull(nullSaving, "nullSaving");
    Objects.requireNonNull(options, "options");
    parameters = List.copyOf(parameters);
    unqualifiedTables = List.copyOf(unqualifiedTables);
    for (int offset : unqualifiedTables) {
      if (offset < 0 || offset >= cql.length()) {
        throw new IllegalArgumentException(
            method + ": table offset " + offset + " is outside the statement");
      }
    }
  }

  /** Starts a spec for the method named {@code Dao.method}. */
  public static Builder builder(String method, String cql) {
    return new Builder(method, cql);
  }

  /**
   * One method parameter, bound to every marker named {@code name}.
   *
   * @param name the marker's name as written after the colon (quoted if case-sensitive)
   * @param type the parameter's Java type, whose codec is resolved against the marker's CQL type
   */
  public record Parameter(String name, ValueType<?> type) {
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /** Builds a {@link QuerySpec}; generated code uses it so that constants read one fact a line. */
  public static final class Builder {
    private final String method;
    private final String cql;
    private final List<Parameter> parameters = new ArrayList<>();
    private boolean idempotent;
    private EntityMapper<?> boundEntity;
    private NullSaving nullSaving = NullSaving.DO_NOT_SET;
    private EntityMapper<?> table;
    private StatementOptions options = StatementOptions.DEFAULTS;
    private List<Integer> unqualifiedTables = List.of();

    private Builder(String method, String cql) {
      this.method = method;
      this.cql = cql;
    }

    /** Adds the next parameter, in the order the generated code binds them. */
    public Builder parameter(String name, ValueType<?> type) {
      parameters.add(new Parameter(name, type));
      return this;
    }

    /** Adds the next parameter, of a type the codec registry knows. */
    public Builder parameter(String name, GenericType<?> type) {
      return parameter(name, ValueType.of(type));
    }

    /** Marks the statement safe to retry and to execute speculatively. */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** The entity whose columns bind the markers named after them. */
    public Builder bindsEntity(EntityMapper<?> entity, NullSaving nullSaving) {
      this.boundEntity = entity;
      this.nullSaving = nullSaving;
      return this;
    }

    /** The entity whose keyspace and table fill the placeholders. */
    public Builder table(EntityMapper<?> table) {
      this.table = table;
      return this;
    }

    /** Execution settings for every call. */
    public Builder options(StatementOptions options) {
      this.options = options;
      return this;
    }

    /**
     * Where the statement names tables without a keyspace (offsets of the names' first character),
     * as the processor found them when it parsed the statement.
     */
    public Builder unqualifiedTablesAt(int... offsets) {
      this.unqualifiedTables = java.util.Arrays.stream(offsets).boxed().toList();
      return this;
    }

    public QuerySpec build() {
      return new QuerySpec(
          method,
          cql,
          idempotent,
          parameters,
          boundEntity,
          nullSaving,
          table,
          options,
          unqualifiedTables);
    }
  }
}
