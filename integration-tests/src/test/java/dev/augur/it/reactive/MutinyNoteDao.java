package dev.augur.it.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;

/** Every Mutiny return type of a DAO method, generated natively. */
@Dao
public interface MutinyNoteDao {
  @Insert
  Uni<Void> save(Note note);

  @Insert(ttl = ":ttl")
  Uni<Void> saveFor(Note note, int ttl);

  @Select
  Uni<Note> get(String board, int seq);

  @Query("SELECT count(*) FROM notes WHERE board = :board")
  Uni<Long> count(String board);

  @Insert(ifNotExists = true)
  Uni<Boolean> create(Note note);

  @Query("INSERT INTO notes (board, seq, text) VALUES (:board, :seq, :text) IF NOT EXISTS")
  Uni<LwtResult<Note>> createOrGet(String board, int seq, String text);

  @Query("SELECT * FROM notes WHERE board = :board")
  Uni<Page<Note>> page(String board, PageRequest request);

  @Select
  Multi<Note> board(String board);

  @Query("SELECT * FROM notes WHERE board = :board LIMIT :n")
  Multi<Note> first(String board, int n);
}
