package dev.augur.it;

import dev.augur.annotations.Column;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Transient;
import java.math.BigDecimal;

/** An immutable class, read through its all-columns constructor; one field is not mapped. */
@Table
public final class Account {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS account (tenant text, \"accountId\" text, balance decimal,"
          + " PRIMARY KEY ((tenant, \"accountId\")))";

  @PartitionKey(0)
  private final String tenant;

  @PartitionKey(1)
  @Column("\"accountId\"")
  private final String accountId;

  private final BigDecimal balance;
  @Transient private final String display;

  public Account(String tenant, String accountId, BigDecimal balance) {
    this.tenant = tenant;
    this.accountId = accountId;
    this.balance = balance;
    this.display = tenant + "/" + accountId;
  }

  public String tenant() {
    return tenant;
  }

  public String accountId() {
    return accountId;
  }

  public BigDecimal balance() {
    return balance;
  }

  public String display() {
    return display;
  }
}
