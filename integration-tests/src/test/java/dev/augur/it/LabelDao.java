package dev.augur.it;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.StreamOptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * One method of every return kind, each binding a list that the test fills with a null element
 * (which the list codec refuses), and the writes of whole entities (which the test passes null).
 */
@Dao
public interface LabelDao {
  String BY_IDS = "SELECT * FROM labels WHERE id IN :ids";

  @Query("UPDATE labels SET tags = :tags WHERE id = :id")
  CompletionStage<Void> retag(int id, List<String> tags);

  @Query(BY_IDS)
  CompletionStage<Label> one(List<Integer> ids);

  @Query(BY_IDS)
  CompletionStage<Optional<Label>> optional(List<Integer> ids);

  @Query(BY_IDS)
  CompletionStage<List<Label>> all(List<Integer> ids);

  @Query("SELECT COUNT(*) FROM labels WHERE id IN :ids")
  CompletionStage<Long> count(List<Integer> ids);

  @Query("UPDATE labels SET tags = :tags WHERE id = :id IF EXISTS")
  CompletionStage<Boolean> retagIfExists(int id, List<String> tags);

  @Query("INSERT INTO labels (id, tags) VALUES (:id, :tags) IF NOT EXISTS")
  CompletionStage<LwtResult<Label>> createIfAbsent(int id, List<String> tags);

  @Query(BY_IDS)
  Flow.Publisher<Label> publisher(List<Integer> ids);

  @Query(BY_IDS)
  CompletionStage<Page<Label>> page(List<Integer> ids, PageRequest request);

  @Query(BY_IDS)
  RowStream<Label> stream(List<Integer> ids, StreamOptions options);

  CompletionStage<Boolean> existsByIdIn(List<Integer> ids);

  @Insert
  CompletionStage<Void> save(Label label);

  @Insert
  CompletionStage<Void> saveAll(List<Label> labels);

  @Query("UPDATE labels SET tags = :tags WHERE id = :id")
  CompletionStage<Void> update(Label label);
}
