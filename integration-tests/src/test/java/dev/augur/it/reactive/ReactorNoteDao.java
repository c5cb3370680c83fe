package dev.augur.it.reactive;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;

/** Every Reactor return type of a DAO method, generated natively. */
@Dao
public interface ReactorNoteDao {
  @Insert
  Mono<Void> save(Note note);

  @Insert(ttl = ":ttl")
  Mono<Void> saveFor(Note note, int ttl);

  @Select
  Mono<Note> get(String board, int seq);

  @Query("SELECT count(*) FROM notes WHERE board = :board")
  Mono<Long> count(String board);

  @Insert(ifNotExists = true)
  Mono<Boolean> create(Note note);

  @Query("INSERT INTO notes (board, seq, text) VALUES (:board, :seq, :text) IF NOT EXISTS")
  Mono<LwtResult<Note>> createOrGet(String board, int seq, String text);

  @Query("SELECT * FROM notes WHERE board = :board")
  Mono<Page<Note>> page(String board, PageRequest request);

  @Select
  Flux<Note> board(String board);

  @Query("SELECT * FROM notes WHERE board = :board LIMIT :n")
  Flux<Note> first(String board, int n);
}
