package dev.augur.runtime;

import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the processor knows of one DAO statement at compile time: the method it belongs to, its CQL,
 * whether it may be retried, and the Java type of each parameter in binding order.
 *
 * <p>Generated DAOs hold one as a constant per method; {@link PreparedQuery#prepare} turns it into
 * a prepared, ready-to-bind statement.
 *
 * @param method {@code Dao.method}, used in every error about this statement
 * @param cql the statement as written in {@code @Query}
 * @param idempotent whether the driver may retry or speculatively execute the statement
 * @param parameters the method parameters, each bound to the markers of the same name
 */
public record QuerySpec(String method, String cql, boolean idempotent, List<Parameter> parameters) {

  public QuerySpec {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(cql, "cql");
    parameters = List.copyOf(parameters);
  }

  /** Starts a spec for the method named {@code Dao.method}. */
  public static Builder builder(String method, String cql) {
    return new Builder(method, cql);
  }

  /**
   * One method parameter, bound to every marker named {@code name}.
   *
   * @param name the marker's name, as it appears after the colon
   * @param javaType the parameter's Java type, whose codec is resolved against the marker's CQL
   *     type
   */
  public record Parameter(String name, GenericType<?> javaType) {
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(javaType, "javaType");
    }
  }

  /** Builds a {@link QuerySpec}; generated code uses it so that constants read one fact a line. */
  public static final class Builder {
    private final String method;
    private final String cql;
    private final List<Parameter> parameters = new ArrayList<>();
    private boolean idempotent;

    private Builder(String method, String cql) {
      this.method = method;
      this.cql = cql;
    }

    /** Adds the next parameter, in the order the generated code binds them. */
    public Builder parameter(String name, GenericType<?> javaType) {
      parameters.add(new Parameter(name, javaType));
      return this;
    }

    /** Marks the statement safe to retry and to execute speculatively. */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    public QuerySpec build() {
      return new QuerySpec(method, cql, idempotent, parameters);
    }
  }
}
