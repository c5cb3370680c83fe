package dev.augur.bench.e2e;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.ExtraTypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import dev.augur.bench.impl.AnnStore;
import dev.augur.bench.impl.AugurAnnStore;
import dev.augur.bench.impl.DriverMapperAnnStore;
import dev.augur.bench.impl.RawAnnStore;
import dev.augur.bench.model.Embeddings;
import dev.augur.runtime.AugurSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The {@code ann} workload: {@code ORDER BY embedding ANN OF ? LIMIT 10} over a table of 64-dimension
 * vectors with an SAI index, a random query vector each time (from a pool of {@value #QUERIES}).
 */
final class AnnWorkload {
  private static final int QUERIES = 1024;
  /**
   * Writes in flight while loading. Cassandra 5.0.9 fails writes to a vector-indexed table when
   * more than its processors + 1 threads add to the memtable's graph at once (jvector's "Number of
   * outstanding pooled objects has gone beyond the limit"; CASSANDRA-21644, fixed later).
   */
  private static final int WRITES_IN_FLIGHT = 2;

  private final List<AnnStore<?>> stores;

  private AnnWorkload(List<AnnStore<?>> stores) {
    this.stores = stores;
  }

  /** The table and its index, in {@code keyspace}. */
  static void schema(CqlSession session, String keyspace) {
    session.execute(Embeddings.createTable(keyspace));
    session.execute(Embeddings.createIndex(keyspace));
  }

  /** Loads {@code rows} vectors unless that many were loaded before; returns how long it took. */
  static Duration load(CqlSession session, String keyspace, int rows) throws InterruptedException {
    Row loaded = session.execute("SELECT rows FROM " + keyspace + ".loaded WHERE id = 1").one();
    if (loaded != null && loaded.getLong(0) == rows) {
      return Duration.ZERO;
    }
    long start = System.nanoTime();
    session.execute("TRUNCATE " + keyspace + ".embeddings");
    TypeCodec<float[]> vector = ExtraTypeCodecs.floatVectorToArray(Embeddings.DIMENSIONS);
    PreparedStatement insert =
        session.prepare("INSERT INTO " + keyspace + ".embeddings (id, embedding) VALUES (?, ?)");
    Semaphore inFlight = new Semaphore(WRITES_IN_FLIGHT);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int id = 0; id < rows && failure.get() == null; id++) {
      inFlight.acquire();
      session
          .executeAsync(
              insert.boundStatementBuilder().setInt(0, id).set(1, Embeddings.vector(id), vector).build())
          .whenComplete(
              (rs, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, error);
                }
                inFlight.release();
              });
    }
    inFlight.acquire(WRITES_IN_FLIGHT);
    if (failure.get() != null) {
      throw new IllegalStateException("loading vectors failed", failure.get());
    }
    session.execute("INSERT INTO " + keyspace + ".loaded (id, rows) VALUES (1, " + rows + ")");
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** The implementations named in {@code implementations}, over the same query vectors. */
  static AnnWorkload create(AugurSession augur, String keyspace, List<String> implementations) {
    float[][] queries = new float[QUERIES][];
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = Embeddings.query(i);
    }
    CqlSession session = augur.cqlSession();
    List<AnnStore<?>> stores = new ArrayList<>();
    stores.add(RawAnnStore.create(session, keyspace, queries).toCompletableFuture().join());
    stores.add(AugurAnnStore.create(augur, keyspace, queries).toCompletableFuture().join());
    stores.add(
        DriverMapperAnnStore.create(session, keyspace, queries).toCompletableFuture().join());
    return new AnnWorkload(
        stores.stream().filter(store -> implementations.contains(store.name())).toList());
  }

  List<AnnStore<?>> stores() {
    return stores;
  }

  /**
   * All three return the same ten rows, in the same order, with the vectors that were written: a
   * wrong mapping would make the comparison meaningless.
   */
  void verify(int rows) {
    for (int query = 0; query < 3; query++) {
      int[] expected = null;
      for (AnnStore<?> store : stores) {
        int[] ids = check(store, query, rows);
        if (expected == null) {
          expected = ids;
        } else if (!Arrays.equals(expected, ids)) {
          throw new IllegalStateException(
              store.name() + " finds " + Arrays.toString(ids) + ", not " + Arrays.toString(expected));
        }
      }
    }
  }

  private static <R> int[] check(AnnStore<R> store, int query, int rows) {
    List<R> found = store.nearest(query).toCompletableFuture().join();
    if (found.size() != Math.min(Embeddings.K, rows)) {
      throw new IllegalStateException(store.name() + " finds " + found.size() + " rows");
    }
    int[] ids = new int[found.size()];
    for (int i = 0; i < ids.length; i++) {
      R row = found.get(i);
      ids[i] = store.id(row);
      if (!Arrays.equals(store.vector(row), Embeddings.vector(ids[i]))) {
        throw new IllegalStateException(store.name() + " reads another vector for " + ids[i]);
      }
    }
    return ids;
  }

  static IntFunction<CompletionStage<?>> operation(AnnStore<?> store) {
    return i -> store.nearest(i & (QUERIES - 1));
  }
}
