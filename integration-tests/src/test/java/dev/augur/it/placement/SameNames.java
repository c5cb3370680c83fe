package dev.augur.it.placement;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Two nested DAO interfaces of one simple name: their labels must differ. */
public final class SameNames {
  private SameNames() {}

  /** The first outer type. */
  public static final class North {
    private North() {}

    @Dao
    public interface Lookup {
      @Query("SELECT * FROM no_table_north WHERE id = :id")
      CompletionStage<Article> missing(UUID id);
    }
  }

  /** The second outer type. */
  public static final class South {
    private South() {}

    @Dao
    public interface Lookup {
      @Query("SELECT * FROM no_table_south WHERE id = :id")
      CompletionStage<Article> missing(UUID id);
    }
  }
}
