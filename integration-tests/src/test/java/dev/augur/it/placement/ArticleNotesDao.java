package dev.augur.it.placement;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Hand-written statements that name their tables without a keyspace, beside a CRUD method: a DAO
 * created for a keyspace must run all of them there.
 */
@Dao
public interface ArticleNotesDao {
  @Insert
  CompletionStage<Void> save(Article article);

  @Query("UPDATE articles SET description = :description WHERE id = :id")
  CompletionStage<Void> describe(UUID id, String description);

  @Query(
      "BEGIN BATCH UPDATE articles SET title = :title WHERE id = :id;"
          + " INSERT INTO article_log (id, note) VALUES (:id, :note); APPLY BATCH")
  CompletionStage<Void> retitle(UUID id, String title, String note);

  @Query("SELECT count(*) FROM articles")
  CompletionStage<Long> count();

  @Query("SELECT * FROM \"articles\" WHERE id = :id")
  CompletionStage<Article> quoted(UUID id);
}
