package dev.augur.it.derived;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Derived queries on purchases: no CQL but the insert's. */
@Dao
public interface PurchaseDao {
  @Query(
      "INSERT INTO purchases (user_id, order_date, seq, total, status)"
          + " VALUES (:userId, :orderDate, :seq, :total, :status)")
  CompletionStage<Void> save(
      UUID userId, LocalDate orderDate, int seq, BigDecimal total, String status);

  CompletionStage<List<Purchase>> findByUserId(UUID userId);

  CompletionStage<List<Purchase>> findByUserIdAndOrderDate(UUID userId, LocalDate orderDate);

  CompletionStage<List<Purchase>> findByUserIdAndOrderDateGreaterThan(UUID userId, LocalDate after);

  CompletionStage<List<Purchase>> findByUserIdAndOrderDateBetween(
      UUID userId, LocalDate from, LocalDate to);

  CompletionStage<List<Purchase>> findFirst2ByUserIdOrderByOrderDateDesc(UUID userId);

  CompletionStage<List<Purchase>> findByUserIdOrderByOrderDateAscSeqAsc(UUID userId);

  CompletionStage<Optional<Purchase>> findByUserIdAndOrderDateAndSeq(
      UUID userId, LocalDate orderDate, int seq);

  CompletionStage<List<Purchase>> findByUserIdAndOrderDateIn(UUID userId, List<LocalDate> days);

  CompletionStage<List<Purchase>> findByStatus(String status);

  Flow.Publisher<Purchase> streamByUserId(UUID userId);

  CompletionStage<Long> countByUserId(UUID userId);

  CompletionStage<Long> countByUserIdAndOrderDateLessThanEqual(UUID userId, LocalDate until);

  CompletionStage<Boolean> existsByUserId(UUID userId);

  CompletionStage<Boolean> existsByStatus(String status);

  CompletionStage<Boolean> existsByUserIdAndOrderDateAndSeq(
      UUID userId, LocalDate orderDate, int seq);

  CompletionStage<Void> deleteByUserIdAndOrderDate(UUID userId, LocalDate orderDate);

  CompletionStage<Void> deleteByUserIdAndOrderDateAndSeq(UUID userId, LocalDate orderDate, int seq);
}
