package dev.augur.it.reactive;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;

/** Every RxJava 3 return type of a DAO method, generated natively. */
@Dao
public interface RxNoteDao {
  @Insert
  Completable save(Note note);

  @Insert(ttl = ":ttl")
  Completable saveFor(Note note, int ttl);

  @Select
  Maybe<Note> get(String board, int seq);

  @Query("SELECT count(*) FROM notes WHERE board = :board")
  Single<Long> count(String board);

  @Insert(ifNotExists = true)
  Single<Boolean> create(Note note);

  @Query("INSERT INTO notes (board, seq, text) VALUES (:board, :seq, :text) IF NOT EXISTS")
  Single<LwtResult<Note>> createOrGet(String board, int seq, String text);

  @Query("SELECT * FROM notes WHERE board = :board")
  Single<Page<Note>> page(String board, PageRequest request);

  @Select
  Flowable<Note> board(String board);

  @Query("SELECT * FROM notes WHERE board = :board LIMIT :n")
  Flowable<Note> first(String board, int n);
}
