package dev.augur.it.generics;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Dao
public interface GenericDao {
  @Insert
  CompletionStage<Void> save(Note note);

  @Select
  CompletionStage<Optional<Note>> findNote(UUID id);

  @Insert
  CompletionStage<Void> save(Score score);

  @Select
  CompletionStage<Optional<Score>> findScore(String id);
}
