package dev.augur.it.derived;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.Indexed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A user's purchases by day, newest day first; the status has a storage-attached index. */
@Table("purchases")
public record Purchase(
    @PartitionKey UUID userId,
    @ClusteringColumn(0) LocalDate orderDate,
    @ClusteringColumn(1) int seq,
    BigDecimal total,
    @Indexed(using = "sai") String status) {

  static final String DDL =
      "CREATE TABLE IF NOT EXISTS purchases (user_id uuid, order_date date, seq int, total decimal,"
          + " status text, PRIMARY KEY (user_id, order_date, seq))";
  static final String INDEX =
      "CREATE CUSTOM INDEX IF NOT EXISTS ON purchases (status) USING 'StorageAttachedIndex'";
}
