package dev.augur.it;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Dao
public interface ProductDao {
  @Query(
      "INSERT INTO products (id, name, price, quantity, stock, active, rating, weight, created_at,"
          + " release_day, image, tags, sizes, attrs) VALUES (:id, :name, :price, :quantity,"
          + " :stock, :active, :rating, :weight, :createdAt, :releaseDay, :image, :tags, :sizes,"
          + " :attributes)")
  CompletionStage<Void> insert(
      UUID id,
      String name,
      BigDecimal price,
      int quantity,
      Long stock,
      boolean active,
      double rating,
      float weight,
      Instant createdAt,
      LocalDate releaseDay,
      ByteBuffer image,
      Set<String> tags,
      List<Integer> sizes,
      Map<String, String> attributes);

  @Query("SELECT * FROM products WHERE id = :id")
  CompletionStage<Product> get(UUID id);

  @Query("SELECT * FROM products WHERE id = :id")
  CompletionStage<Optional<Product>> find(UUID id);

  @Query("SELECT count(*) FROM products")
  CompletionStage<Long> count();

  @Query("INSERT INTO products (id, name) VALUES (:id, :name) IF NOT EXISTS")
  CompletionStage<Boolean> createIfAbsent(UUID id, String name);

  @Query("UPDATE products SET name = :name WHERE id = :id IF name = :expected")
  CompletionStage<Boolean> rename(UUID id, String expected, String name);

  @Query("DELETE FROM products WHERE id = :id")
  CompletionStage<Void> delete(UUID id);
}
