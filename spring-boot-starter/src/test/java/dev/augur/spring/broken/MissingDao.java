package dev.augur.spring.broken;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Select;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Dao
public interface MissingDao {
  @Select
  CompletionStage<Optional<Missing>> find(UUID id);
}
