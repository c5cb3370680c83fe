package dev.augur.it.mapping;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Increment;
import dev.augur.annotations.Select;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

@Dao
public interface PageViewsDao {
  @Increment(entity = PageViews.class)
  CompletionStage<Void> add(String page, long views, long uniques);

  @Increment(entity = PageViews.class)
  CompletionStage<Void> addViews(String page, long views);

  @Select
  CompletionStage<Optional<PageViews>> find(String page);
}
