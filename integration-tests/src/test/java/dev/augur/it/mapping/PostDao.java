package dev.augur.it.mapping;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Delete;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

@Dao
public interface PostDao {
  @Insert
  CompletionStage<Void> save(Post post);

  @Select
  CompletionStage<Optional<Post>> find(String blog, int postId);

  @Select
  CompletionStage<List<Post>> ofBlog(String blog);

  @Select(orderBy = "post_id DESC", limit = ":count")
  CompletionStage<List<Post>> latest(String blog, int count);

  @Select(customWhere = "blog = :blog AND post_id >= :from2")
  Flow.Publisher<Post> from(String blog, int from2);

  @Delete(entity = Post.class)
  CompletionStage<Void> deleteBlog(String blog);

  @Delete(entity = Post.class)
  CompletionStage<Void> deletePost(String blog, int postId);
}
