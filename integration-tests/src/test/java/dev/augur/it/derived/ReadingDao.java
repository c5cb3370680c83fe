package dev.augur.it.derived;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Derived queries on a composite partition key. */
@Dao
public interface ReadingDao {
  @Query(
      "INSERT INTO tenant_readings (tenant, bucket, ts, value) VALUES (:tenant, :bucket, :ts,"
          + " :value)")
  CompletionStage<Void> record(String tenant, int bucket, Instant ts, double value);

  CompletionStage<List<Reading>> findByTenantAndBucket(String tenant, int bucket);

  CompletionStage<List<Reading>> findByTenantAndBucketAndTsBetween(
      String tenant, int bucket, Instant from, Instant to);

  CompletionStage<List<Reading>> findByTenantAndBucketInAndTsGreaterThanEqual(
      String tenant, List<Integer> buckets, Instant since);

  CompletionStage<Long> countByTenantAndBucket(String tenant, int bucket);
}
