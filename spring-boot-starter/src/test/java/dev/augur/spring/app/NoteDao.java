package dev.augur.spring.app;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Dao
public interface NoteDao {
  @Insert
  CompletionStage<Void> save(Note note);

  @Select
  CompletionStage<Optional<Note>> find(UUID id);
}
