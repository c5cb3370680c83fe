package dev.augur.it;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

@Dao
public interface AccountDao {
  @Query(
      "INSERT INTO account (tenant, \"accountId\", balance) VALUES (:tenant, :\"accountId\","
          + " :balance)")
  CompletionStage<Void> open(String tenant, String accountId, BigDecimal balance);

  @Query("SELECT * FROM account WHERE tenant = :tenant AND \"accountId\" = :\"accountId\"")
  CompletionStage<Optional<Account>> find(String tenant, String accountId);
}
