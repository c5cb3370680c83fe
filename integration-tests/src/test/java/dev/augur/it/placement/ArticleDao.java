package dev.augur.it.placement;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.NullSaving;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Every statement written for the entity's table, through CRUD, a derived query or a placeholder:
 * a DAO that can be created for another table of the same shape.
 */
@Dao
public interface ArticleDao {
  @Insert
  CompletionStage<Void> save(Article article);

  @Select
  CompletionStage<Optional<Article>> get(UUID id);

  CompletionStage<Boolean> existsById(UUID id);

  @Query("SELECT * FROM ${table} WHERE id = :id")
  CompletionStage<Article> byPlaceholder(UUID id);

  /** Writes every column of {@code article}; a null description deletes the stored one. */
  @Query(
      value = "UPDATE ${qualifiedTable} SET title = :title, description = :description WHERE id = :id",
      nullSaving = NullSaving.SET_TO_NULL)
  CompletionStage<Void> overwrite(Article article);

  /** Writes the columns of {@code article} that are not null (the default). */
  @Query("UPDATE ${qualifiedTable} SET title = :title, description = :description WHERE id = :id")
  CompletionStage<Void> patch(Article article);
}
