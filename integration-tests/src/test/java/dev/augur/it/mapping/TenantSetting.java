package dev.augur.it.mapping;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.Naming;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** Exact (case-sensitive) naming: the table and columns are "TenantSetting", "tenantId"... */
@Table(naming = Naming.EXACT)
public record TenantSetting(
    @PartitionKey String tenantId, @ClusteringColumn String settingKey, String value) {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS \"TenantSetting\" (\"tenantId\" text, \"settingKey\" text,"
          + " value text, PRIMARY KEY (\"tenantId\", \"settingKey\"))";
}
