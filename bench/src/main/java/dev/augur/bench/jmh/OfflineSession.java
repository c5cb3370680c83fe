package dev.augur.bench.jmh;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PrepareRequest;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metrics.Metrics;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import com.datastax.oss.driver.internal.core.context.InternalDriverContext;
import com.datastax.oss.driver.internal.core.cql.DefaultPreparedStatement;
import dev.augur.runtime.AugurSession;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A driver session with no server: it prepares the benchmarks' statements on the items table from
 * their text (as Cassandra would describe them) and answers every execution at once, from memory,
 * with rows encoded as a server would send them. What it leaves out (the request handler, the
 * network, frame encoding and decoding) is the same for the three implementations; what remains is
 * exactly their own work: binding, executing through the session's API, reading rows, paging.
 *
 * <p>A statement with both key columns restricted returns one row, one restricting the partition
 * key returns {@code partitionRows} rows, one with no WHERE clause returns {@code scanPages} pages
 * of {@code pageSize} rows, anything else (an INSERT) returns no rows.
 */
final class OfflineSession implements CqlSession {
  private static final Pattern INSERT =
      Pattern.compile("INSERT INTO (\\w+)\\.items\\s*\\(([^)]*)\\)\\s*VALUES.*");
  private static final Pattern SELECT =
      Pattern.compile("SELECT (.*) FROM (\\w+)\\.items(?: WHERE (.*))?");
  private static final Pattern RESTRICTION = Pattern.compile("(\\w+)\\s*=\\s*[?:]");

  private final int partitionRows;
  private final int scanPages;
  private final int pageSize;
  private final DriverContext context;
  // Keyed by the prepared statement itself (identity hash): no hashing of the query per execution.
  private final Map<PreparedStatement, Response> responses = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  OfflineSession(int partitionRows, int scanPages, int pageSize) {
    this.partitionRows = partitionRows;
    this.scanPages = scanPages;
    this.pageSize = pageSize;
    this.context = driverContext();
  }

  /**
   * An Augur session over {@code session}, with Augur's defaults except the check of the live
   * schema when a DAO is created, which needs metadata (the driver mapper's counterpart is turned
   * off too).
   */
  static AugurSession augur(OfflineSession session) {
    return AugurSession.builder().verifySchemaOnDaoCreation(false).wrap(session);
  }

  /** What executions of one prepared statement return. */
  private record Response(ColumnDefinitions columns, List<List<ByteBuffer>> page, int pagesLeft) {
    OfflineResultSet first() {
      return new OfflineResultSet(columns, page, pagesLeft);
    }
  }

  private static DriverContext driverContext() {
    return (DriverContext)
        Proxy.newProxyInstance(
            OfflineSession.class.getClassLoader(),
            new Class<?>[] {InternalDriverContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getCodecRegistry" -> OfflineData.REGISTRY;
                  case "getProtocolVersion" -> OfflineData.VERSION;
                  case "getSessionName" -> "offline";
                  // The driver mapper looks its result producers up with this loader.
                  case "getClassLoader" -> OfflineSession.class.getClassLoader();
                  case "toString" -> "offline context";
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default ->
                      throw new UnsupportedOperationException(
                          "offline session: DriverContext." + method.getName());
                });
  }

  @Override
  @SuppressWarnings("unchecked")
  public <RequestT extends Request, ResultT> ResultT execute(
      RequestT request, GenericType<ResultT> resultType) {
    if (request instanceof PrepareRequest prepare) {
      if (resultType.equals(PrepareRequest.ASYNC)) {
        return (ResultT) CompletableFuture.completedFuture(prepareOffline(prepare));
      }
      if (resultType.equals(PrepareRequest.SYNC)) {
        return (ResultT) prepareOffline(prepare);
      }
    }
    if (request instanceof BoundStatement bound) {
      Response response = responses.get(bound.getPreparedStatement());
      if (response != null) {
        return (ResultT) CompletableFuture.completedFuture(response.first());
      }
    }
    throw new UnsupportedOperationException(
        "offline session: " + request.getClass().getSimpleName() + " as " + resultType);
  }

  private PreparedStatement prepareOffline(PrepareRequest request) {
    String cql = request.getQuery().trim();
    List<String> variables = new ArrayList<>();
    List<String> results = new ArrayList<>();
    String keyspace;
    Matcher insert = INSERT.matcher(cql);
    Matcher select = SELECT.matcher(cql);
    if (insert.matches()) {
      keyspace = insert.group(1);
      variables.addAll(List.of(insert.group(2).split("\\s*,\\s*")));
    } else if (select.matches()) {
      keyspace = select.group(2);
      String list = select.group(1).trim();
      results.addAll(list.equals("*") ? OfflineData.ALL_COLUMNS : List.of(list.split("\\s*,\\s*")));
      if (select.group(3) != null) {
        Matcher restriction = RESTRICTION.matcher(select.group(3));
        while (restriction.find()) {
          variables.add(restriction.group(1));
        }
      }
    } else {
      throw new UnsupportedOperationException("offline session cannot prepare " + cql);
    }
    for (String column : variables) {
      if (!OfflineData.isColumn(column)) {
        throw new IllegalArgumentException("no column " + column + " in " + cql);
      }
    }
    ColumnDefinitions variableDefinitions = OfflineData.definitions(keyspace, variables);
    ColumnDefinitions resultDefinitions = OfflineData.definitions(keyspace, results);
    ByteBuffer id = ByteBuffer.wrap(cql.getBytes(StandardCharsets.UTF_8));
    // As the driver's CqlPrepareHandler builds it from the PREPARED response.
    PreparedStatement prepared =
        new DefaultPreparedStatement(
            id,
            cql,
            variableDefinitions,
            List.of(0),
            ByteBuffer.wrap(new byte[] {1}),
            resultDefinitions,
            CqlIdentifier.fromCql(keyspace),
            request.getCustomPayload(),
            request.getExecutionProfileNameForBoundStatements(),
            request.getExecutionProfileForBoundStatements(),
            request.getRoutingKeyspaceForBoundStatements(),
            request.getRoutingKeyForBoundStatements(),
            request.getRoutingTokenForBoundStatements(),
            request.getCustomPayloadForBoundStatements(),
            request.areBoundStatementsIdempotent(),
            request.getTimeoutForBoundStatements(),
            request.getPagingStateForBoundStatements(),
            request.getPageSizeForBoundStatements(),
            request.getConsistencyLevelForBoundStatements(),
            request.getSerialConsistencyLevelForBoundStatements(),
            request.areBoundStatementsTracing(),
            OfflineData.REGISTRY,
            OfflineData.VERSION);
    responses.put(prepared, response(variables, results, resultDefinitions));
    return prepared;
  }

  private Response response(
      List<String> variables, List<String> results, ColumnDefinitions resultDefinitions) {
    if (results.isEmpty()) {
      return new Response(resultDefinitions, List.of(), 0);
    }
    if (variables.contains("ck")) {
      return new Response(resultDefinitions, OfflineData.partition(7, 1, results), 0);
    }
    if (variables.contains("pk")) {
      return new Response(resultDefinitions, OfflineData.partition(1, partitionRows, results), 0);
    }
    return new Response(
        resultDefinitions, OfflineData.partition(2, pageSize, results), scanPages - 1);
  }

  /** Rows a scan returns in all. */
  long scanRows() {
    return (long) scanPages * pageSize;
  }

  @Override
  public String getName() {
    return "offline";
  }

  @Override
  public Metadata getMetadata() {
    throw new UnsupportedOperationException("offline session: no metadata");
  }

  @Override
  public boolean isSchemaMetadataEnabled() {
    return false;
  }

  @Override
  public CompletionStage<Metadata> setSchemaMetadataEnabled(Boolean newValue) {
    throw new UnsupportedOperationException("offline session: no metadata");
  }

  @Override
  public CompletionStage<Metadata> refreshSchemaAsync() {
    throw new UnsupportedOperationException("offline session: no metadata");
  }

  @Override
  public CompletionStage<Boolean> checkSchemaAgreementAsync() {
    return CompletableFuture.completedFuture(true);
  }

  @Override
  public DriverContext getContext() {
    return context;
  }

  @Override
  public Optional<CqlIdentifier> getKeyspace() {
    return Optional.empty();
  }

  @Override
  public Optional<Metrics> getMetrics() {
    return Optional.empty();
  }

  @Override
  public CompletionStage<Void> closeFuture() {
    return closed;
  }

  @Override
  public CompletionStage<Void> closeAsync() {
    closed.complete(null);
    return closed;
  }

  @Override
  public CompletionStage<Void> forceCloseAsync() {
    return closeAsync();
  }
}
