package dev.augur.it.mapping;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.Column;
import dev.augur.annotations.Computed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.StaticColumn;
import dev.augur.annotations.Table;

/** A mutable class with an inherited column, a static column and a computed one. */
@Table
public class Post extends Audited {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS post (blog text, post_id int, blog_title text static,"
          + " title text, updated_at timestamp, PRIMARY KEY (blog, post_id))";

  @PartitionKey private String blog;
  @ClusteringColumn private int postId;
  @StaticColumn private String blogTitle;
  private String title;

  @Computed("writetime(title)")
  @Column("title_written")
  private Long titleWritten;

  public Post() {}

  public Post(String blog, int postId, String blogTitle, String title) {
    this.blog = blog;
    this.postId = postId;
    this.blogTitle = blogTitle;
    this.title = title;
  }

  public String getBlog() {
    return blog;
  }

  public void setBlog(String blog) {
    this.blog = blog;
  }

  public int getPostId() {
    return postId;
  }

  public void setPostId(int postId) {
    this.postId = postId;
  }

  public String getBlogTitle() {
    return blogTitle;
  }

  public void setBlogTitle(String blogTitle) {
    this.blogTitle = blogTitle;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getTitleWritten() {
    return titleWritten;
  }

  public void setTitleWritten(Long titleWritten) {
    this.titleWritten = titleWritten;
  }
}
