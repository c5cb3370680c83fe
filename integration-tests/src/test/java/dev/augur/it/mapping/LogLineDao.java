package dev.augur.it.mapping;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Dao
public interface LogLineDao {
  @Insert
  CompletionStage<Void> save(LogLine line);

  @Select(limit = ":count")
  CompletionStage<List<LogLine>> latest(String service, int count);
}
