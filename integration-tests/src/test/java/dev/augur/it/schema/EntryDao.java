package dev.augur.it.schema;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Dao
public interface EntryDao {
  @Insert
  CompletionStage<Void> save(Entry entry);

  @Select
  CompletionStage<List<Entry>> latest(String stream);
}
