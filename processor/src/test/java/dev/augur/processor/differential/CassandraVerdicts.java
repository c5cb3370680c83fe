package dev.augur.processor.differential;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.QueryExecutionException;
import com.datastax.oss.driver.api.core.servererrors.ServerError;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cassandra's verdict on a statement: it must prepare, and then run with sample values bound to its
 * markers, because some rules (LIMIT 0, ranges of rows in a column deletion, ORDER BY over several
 * partitions when paging) are only enforced when a statement runs.
 */
final class CassandraVerdicts {
  private final CqlSession session;

  CassandraVerdicts(CqlSession session) {
    this.session = session;
  }

  /**
   * Failures that depend on the data a statement finds rather than on the statement: setting or
   * removing a list element by index needs the list to exist and be long enough. These count as
   * valid, since the checker judges statements, not data.
   */
  private static final Pattern DATA_DEPENDENT =
      Pattern.compile(
          "Attempted to (delete|set) an element (from|on) a list which is null|List index .* out of"
              + " bound.*");

  /** Null when the statement prepares and runs; Cassandra's message when it is rejected. */
  String reject(String cql) {
    PreparedStatement prepared;
    try {
      prepared = session.prepare(cql);
    } catch (InvalidQueryException | SyntaxError e) {
      return "prepare: " + e.getMessage();
    } catch (AllNodesFailedException e) {
      // A server error on preparing is tried on every node, and reported as all of them failing.
      if (e.getAllErrors().values().stream().flatMap(List::stream).findFirst().orElse(null)
          instanceof ServerError error) {
        return "prepare: server error: " + error.getMessage();
      }
      throw e;
    }
    BoundStatementBuilder bound = prepared.boundStatementBuilder();
    int index = 0;
    for (ColumnDefinition variable : prepared.getVariableDefinitions()) {
      Object value =
          variable.getName().asInternal().equals("[json]")
              ? SampleValues.json(
                  session
                      .getMetadata()
                      .getKeyspace(variable.getKeyspace())
                      .orElseThrow()
                      .getTable(variable.getTable())
                      .orElseThrow())
              : SampleValues.of(variable.getType(), 0);
      bound = bound.set(index++, value, (Class<Object>) (Class<?>) value.getClass());
    }
    try {
      session.execute(bound.build());
      return null;
    } catch (InvalidQueryException e) {
      return DATA_DEPENDENT.matcher(e.getMessage()).matches() ? null : "execute: " + e.getMessage();
    } catch (ServerError e) {
      return "execute: server error: " + e.getMessage();
    } catch (QueryExecutionException e) {
      return "execute: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
