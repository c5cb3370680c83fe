package dev.augur.it;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * DAOs that compile but cannot be created against the schema; creation must say why. The last three
 * query product_copies, a table no entity maps (DaoCreationTest creates it like products), because
 * on a table it knows the compiler already rejects what they do wrong.
 */
public final class BrokenDaos {
  private BrokenDaos() {}

  @Dao
  public interface MissingTableDao {
    @Query("SELECT * FROM products WHERE id = :id")
    CompletionStage<Product> fine(UUID id);

    @Query("SELECT * FROM no_such_table WHERE id = :id")
    CompletionStage<Product> missing(UUID id);
  }

  @Dao
  public interface WrongParameterTypeDao {
    @Query("SELECT * FROM product_copies WHERE id = :id")
    CompletionStage<Product> byName(String id);
  }

  @Dao
  public interface PartialSelectDao {
    @Query("SELECT id, name FROM product_copies WHERE id = :id")
    CompletionStage<Product> partial(UUID id);
  }

  @Dao
  public interface NotACountDao {
    @Query("SELECT name FROM product_copies WHERE id = :id")
    CompletionStage<Long> count(UUID id);
  }
}
