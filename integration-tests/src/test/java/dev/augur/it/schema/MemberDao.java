package dev.augur.it.schema;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Dao
public interface MemberDao {
  @Insert
  CompletionStage<Void> save(Member member);

  @Query("SELECT * FROM ${qualifiedTable} WHERE email = :email")
  CompletionStage<List<Member>> byEmail(String email);

  @Query("SELECT * FROM ${qualifiedTable} WHERE age > :age")
  CompletionStage<List<Member>> olderThan(int age);

  @Query("SELECT * FROM ${qualifiedTable} WHERE attributes CONTAINS KEY :key")
  CompletionStage<List<Member>> withAttribute(String key);
}
